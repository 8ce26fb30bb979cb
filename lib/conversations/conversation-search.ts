// The chats list's search, shared by both ways of reading the list (list-conversations.ts).
import type { ConversationRow } from "./list-conversations";

/** The list reads at most this many conversations, newest activity first. */
export const LIST_LIMIT = 500;

/** The chats list's first screen (and the share page's) shows this many chats; a supplier with
 * hundreds of buyers opens the rest on request. A phone shows about nine rows: 30 is three
 * screens of scrolling. Each row costs the server ~0.05 ms and the phone its hydration (50 rows
 * made the supplier's list 0.41x of a bare Next page in bench:read). A chat outside them that
 * gets a message moves into them live. */
export const FIRST_SCREEN_CHATS = 30;

// Names are matched here rather than in SQL so the match is case-insensitive on both
// providers (SQLite LIKE and PostgreSQL LIKE differ). This searches the newest LIST_LIMIT
// conversations only; a lowercased name column searched in SQL is the next step.
export function keepMatching(rows: ConversationRow[], search: string | undefined): ConversationRow[] {
  if (!search) return rows;
  const needle = search.toLocaleLowerCase();
  return rows.filter((row) => row.title.toLocaleLowerCase().includes(needle));
}
