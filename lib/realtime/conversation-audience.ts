import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** The part of a conversation's select that names its audience (see audienceOf). */
export const audienceSelect = { buyerId: true, business: { select: { members: { select: { userId: true } } } } } as const;

/** Everyone who sees a conversation: its buyer and every member of its business. */
export function audienceOf(conversation: { buyerId: string; business: { members: { userId: string }[] } }): string[] {
  return [conversation.buyerId, ...conversation.business.members.map((m) => m.userId)];
}

export async function conversationAudience(conversationId: string, db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string[]> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: audienceSelect });
  return conversation ? audienceOf(conversation) : [];
}
