// What a user missed while their event stream was down, rebuilt from the database: new and
// changed messages and receipt changes in the conversations they see, since a moment. The event
// stream replays these when a browser reconnects with the id of the last event it got
// (Last-Event-ID), so a phone that slept through a message still hears about it. Clients ignore
// what they already have.
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import type { ChatEvent } from "./event-bus";

/** Clocks and commit order can differ by a little: look back this much further. */
const OVERLAP_MS = 2000;
/** Past a day, a reconnecting client reloads anyway; replay only recent gaps. */
const MAX_GAP_MS = 24 * 60 * 60 * 1000;
const MAX_EVENTS = 200;

/** The SSE id we send is `<published at ms>.<counter>`; anything else means "nothing to replay". */
export function parseLastEventId(header: string | null): number | null {
  const at = Number(header?.split(".")[0]);
  if (!Number.isSafeInteger(at) || at <= 0 || Date.now() - at > MAX_GAP_MS) return null;
  return at;
}

export async function missedEvents(userId: string, sinceMs: number): Promise<ChatEvent[]> {
  const since = new Date(sinceMs - OVERLAP_MS);
  const db = getDb();
  const visible = conversationVisibleTo(userId);
  const [messages, edited, receipts] = await Promise.all([
    // The newest ones: the client fetches everything after what it has on the first of them.
    db.message.findMany({
      where: { createdAt: { gt: since }, conversation: visible },
      orderBy: { createdAt: "desc" },
      take: MAX_EVENTS,
      select: { id: true, seq: true, conversationId: true, authorId: true },
    }),
    // Messages changed since (a pick card after its pick changed): the client fetches them again.
    db.message.findMany({
      where: { editedAt: { gt: since }, conversation: visible },
      orderBy: { editedAt: "desc" },
      take: MAX_EVENTS,
      select: { id: true, seq: true, conversationId: true, authorId: true },
    }),
    db.readState.findMany({
      where: { updatedAt: { gt: since }, userId: { not: userId }, conversation: visible },
      orderBy: { updatedAt: "desc" },
      take: MAX_EVENTS,
      select: { conversationId: true, userId: true, lastReadSeq: true, lastDeliveredSeq: true },
    }),
  ]);
  return [
    ...messages.reverse().map((m): ChatEvent => ({ type: "message.posted", conversationId: m.conversationId, messageId: m.id, seq: m.seq, authorId: m.authorId })),
    ...edited.map((m): ChatEvent => ({ type: "message.updated", conversationId: m.conversationId, messageId: m.id, seq: m.seq, authorId: m.authorId })),
    ...receipts.map((r): ChatEvent => ({ type: "conversation.read", ...r })),
  ];
}
