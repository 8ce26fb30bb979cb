import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** Everyone who sees a conversation: its buyer and every member of its business. */
export async function conversationAudience(conversationId: string, db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string[]> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { buyerId: true, business: { select: { members: { select: { userId: true } } } } },
  });
  if (!conversation) return [];
  return [conversation.buyerId, ...conversation.business.members.map((m) => m.userId)];
}
