// The rules of a page of messages that do not depend on how the rows are read, shared by the
// Prisma path (list-messages-with-prisma.ts) and the SQLite path (list-messages-on-sqlite.ts).
import type { ListMessagesQuery, MessagePage, OtherSideProgress } from "./list-messages";

/** The longest first page: 200 unread messages is already "start from the top of the day". */
export const MAX_FIRST_PAGE = 200;
export const MAX_THREAD = 300;

export interface ReadStateRow {
  userId: string;
  lastReadSeq: number;
  lastDeliveredSeq: number;
  /** A member of the business; otherwise on the buyer's side (the buyer or a colleague of theirs). */
  member: boolean;
}

/** Either a page, or why there is none (the caller turns that into NOT_FOUND). */
export type MessagePageOutcome = { kind: "page"; page: MessagePage } | { kind: "no-conversation" } | { kind: "no-thread" };

export type MessagesMode =
  | { kind: "thread"; rootId: string }
  | { kind: "one"; messageId: string }
  | { kind: "after"; afterSeq: number; limit: number }
  | { kind: "before"; beforeSeq: number; take: number }
  | { kind: "newest"; take: number };

/** The other side: the buyer's side (the buyer and their colleagues) for members; any member of
 * the business for the buyer's side. */
export function otherSideOf(viewerIsMember: boolean, readStates: ReadStateRow[]): OtherSideProgress {
  const others = readStates.filter((r) => r.member !== viewerIsMember);
  return {
    deliveredSeq: Math.max(0, ...others.map((r) => Math.max(r.lastDeliveredSeq, r.lastReadSeq))),
    readSeq: Math.max(0, ...others.map((r) => r.lastReadSeq)),
  };
}

export function viewerReadSeqOf(viewerId: string, readStates: ReadStateRow[]): number {
  return readStates.find((r) => r.userId === viewerId)?.lastReadSeq ?? 0;
}

/** Read messages shown above the first unread one: some context, and far enough from the top
 * that opening there does not at once load the page before (OlderMessagesLoader starts 600 px
 * above the screen). */
const READ_ABOVE_FIRST_UNREAD = 20;

/** Which rows the query asks for; the newest page is made long enough to start at the first unread message. */
export function modeOf(query: ListMessagesQuery, lastSeq: number, viewerReadSeq: number): MessagesMode {
  if (query.threadOf) return { kind: "thread", rootId: query.threadOf };
  if (query.messageId) return { kind: "one", messageId: query.messageId };
  if (query.afterSeq !== undefined) return { kind: "after", afterSeq: query.afterSeq, limit: query.limit };
  if (query.beforeSeq) return { kind: "before", beforeSeq: query.beforeSeq, take: query.limit };
  const unread = Math.max(0, lastSeq - viewerReadSeq);
  return { kind: "newest", take: Math.min(MAX_FIRST_PAGE, Math.max(query.limit, unread + READ_ABOVE_FIRST_UNREAD)) };
}
