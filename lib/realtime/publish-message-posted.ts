// Tells everyone in a conversation that a message arrived. Called after the writing
// transaction has committed, so a client that fetches on the event finds the message.
import { getDb } from "@/lib/db";
import { conversationAudience } from "./conversation-audience";
import { publish } from "./event-bus";

/** `audience` when the caller already knows it (saves a query on the hot path of posting). */
export async function publishMessagePosted(conversationId: string, message?: { id: string; seq: number; authorId?: string | null }, audience?: string[]): Promise<void> {
  const latest =
    message ??
    (await getDb().message.findFirst({ where: { conversationId }, orderBy: { seq: "desc" }, select: { id: true, seq: true, authorId: true } }));
  if (!latest) return;
  publish(audience ?? (await conversationAudience(conversationId)), { type: "message.posted", conversationId, messageId: latest.id, seq: latest.seq, authorId: latest.authorId ?? null });
}

/** Tells everyone in a conversation that a message they may be showing changed. */
export async function publishMessageUpdated(conversationId: string, message: { id: string; seq: number; authorId?: string | null }): Promise<void> {
  publish(await conversationAudience(conversationId), { type: "message.updated", conversationId, messageId: message.id, seq: message.seq, authorId: message.authorId ?? null });
}
