// The chats list kept right in the browser from live events, without asking the server: a new
// message moves its conversation to the top with the new preview and time; unread counts follow
// the viewer's own read position (sending a message, or reading on another tab, clears them).
import type { ConversationRowUpdate } from "@/lib/realtime/event-bus";
import type { ConversationRow } from "./list-conversations";

export interface LiveRow extends ConversationRow {
  /** The viewer's read position: unread = lastSeq - readSeq. */
  readSeq: number;
}

export function toLiveRows(rows: ConversationRow[]): LiveRow[] {
  return rows.map((row) => ({ ...row, readSeq: row.lastSeq - row.unread }));
}

const withUnread = (row: LiveRow): LiveRow => ({ ...row, unread: Math.max(0, row.lastSeq - row.readSeq) });

/** A message was posted: null when the conversation is not in the list (the caller reloads it). */
export function applyPosted(rows: LiveRow[], posted: { conversationId: string; seq: number; authorId?: string | null; row?: ConversationRowUpdate }, viewerId: string): LiveRow[] | null {
  const current = rows.find((r) => r.id === posted.conversationId);
  if (!current) return null;
  if (!posted.row || posted.row.lastSeq <= current.lastSeq) return posted.row ? rows : null;
  const moved = withUnread({
    ...current,
    preview: posted.row.preview,
    previewLine: posted.row.previewLine ?? null,
    lastMessageAt: new Date(posted.row.lastMessageAt),
    lastSeq: posted.row.lastSeq,
    // Writing a message means having read everything up to it.
    readSeq: posted.authorId === viewerId ? Math.max(current.readSeq, posted.seq) : current.readSeq,
  });
  return [moved, ...rows.filter((r) => r.id !== moved.id)];
}

/** The viewer's receipts moved (this or another of their tabs read the conversation). */
export function applyRead(rows: LiveRow[], read: { conversationId: string; lastReadSeq: number }): LiveRow[] {
  return rows.map((row) => (row.id === read.conversationId && read.lastReadSeq > row.readSeq ? withUnread({ ...row, readSeq: read.lastReadSeq }) : row));
}
