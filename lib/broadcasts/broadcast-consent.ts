// A buyer's "stop" for broadcasts, as in the messaging apps: replying STOP in the conversation
// stops the supplier's broadcasts to them (send-broadcast.ts skips and counts them); START brings
// them back. The conversation itself goes on: the supplier can still write, post and take orders.
// Both sides see a system line saying so, written in the same transaction as the buyer's word,
// so a retried STOP (the same message id) never writes a second line. A team member writing
// STOP is just a message.
import type { Tx } from "@/lib/db";
import { appendSystemLine } from "@/lib/messages/append-message";
import type { MessageRef } from "@/lib/realtime/record-message-event";
import { systemLine } from "@/lib/i18n/system-line";

export type ConsentWord = "stop" | "start";

/** STOP or START alone (any case, a full stop or ! allowed), as people reply to a broadcast. */
export function consentWordOf(text: string): ConsentWord | null {
  const word = text.trim().replace(/[.!]+$/, "").toLowerCase();
  return word === "stop" ? "stop" : word === "start" ? "start" : null;
}

export const STOPPED_LINE = (buyerName: string) => systemLine("broadcastsStopped", { name: buyerName });
export const STARTED_LINE = (buyerName: string) => systemLine("broadcastsStarted", { name: buyerName });

/**
 * After the buyer's STOP or START (message `wordMessageId`) in `conversationId`: when it changes
 * the conversation's state, records it and appends the system line, returning the line to announce.
 * Nothing when the author is not the buyer or the state is already what the word asks for.
 */
export async function applyConsentWord(tx: Tx, input: { conversationId: string; authorId: string; authorName: string; word: ConsentWord; wordMessageId: string }): Promise<MessageRef | null> {
  const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: input.conversationId }, select: { buyerId: true, broadcastsStoppedAt: true } });
  if (conversation.buyerId !== input.authorId) return null;
  const stopped = conversation.broadcastsStoppedAt !== null;
  if ((input.word === "stop") === stopped) return null;
  await tx.conversation.update({ where: { id: input.conversationId }, data: { broadcastsStoppedAt: input.word === "stop" ? new Date() : null } });
  const said = input.word === "stop" ? STOPPED_LINE(input.authorName) : STARTED_LINE(input.authorName);
  const line = await appendSystemLine(tx, { conversationId: input.conversationId, said, clientId: `consent:${input.wordMessageId}` });
  return { id: line.id, seq: line.seq, authorId: null, actorId: input.authorId };
}
