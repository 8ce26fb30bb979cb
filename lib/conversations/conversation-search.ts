// The chats list's search, shared by both ways of reading the list (list-conversations.ts).
import type { ConversationRow } from "./list-conversations";

/** The list reads at most this many conversations, newest activity first. */
export const LIST_LIMIT = 500;

// Names are matched here rather than in SQL so the match is case-insensitive on both
// providers (SQLite LIKE and PostgreSQL LIKE differ). This searches the newest LIST_LIMIT
// conversations only; a lowercased name column searched in SQL is the next step.
export function keepMatching(rows: ConversationRow[], search: string | undefined): ConversationRow[] {
  if (!search) return rows;
  const needle = search.toLocaleLowerCase();
  return rows.filter((row) => row.title.toLocaleLowerCase().includes(needle));
}
