// What counts as a reply in a thread. A pick answers a design post and quotes it, but it is a card
// of its own in the chat, not part of the post's conversation: it is not counted under the post
// ("N replies") and not listed in the post's thread. Safe in the browser (no server code).
import type { MessageKind } from "@/lib/generated/sqlite/enums";

const NOT_REPLIES: readonly MessageKind[] = ["PICK"];

export function countsAsReply(kind: MessageKind): boolean {
  return !NOT_REPLIES.includes(kind);
}

/** The same rule for SQL reads of a thread; `alias` names the reply's Message row. */
export function countsAsReplySql(alias: string): string {
  return `${alias}."kind" NOT IN (${NOT_REPLIES.map((kind) => `'${kind}'`).join(", ")})`;
}

/** The same rule as a Prisma filter on the reply's kind. */
export const countsAsReplyWhere = { kind: { notIn: [...NOT_REPLIES] } };
