import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";
import { findConversationHeaderOnSqlite } from "./get-conversation-on-sqlite";

export interface ConversationHeader {
  id: string;
  title: string;
  /** The supplier's business (the screen says "Supplier" to the buyer, "Buyer of …" to members). */
  businessName: string;
  businessId: string;
  buyerId: string;
  viewerIsBuyer: boolean;
  /** Whether the viewer muted this chat's notifications (the header's bell). */
  viewerMuted: boolean;
}

/** The Prisma form of the header's row (PostgreSQL, and SQLite before its first query), with the
 * viewer's mute: read with the header so opening a chat costs one query, not two. */
export const conversationHeaderSelect = (viewerId: string) =>
  ({
    id: true,
    businessId: true,
    buyerId: true,
    buyer: { select: { name: true } },
    business: { select: { name: true, members: { where: { userId: viewerId }, select: { userId: true } } } },
    mutes: { where: { userId: viewerId }, select: { userId: true } },
  }) as const;

export async function getConversation(actor: Actor, input: unknown): Promise<ConversationHeader> {
  const { conversationId } = parseIdInput("conversationId", input);
  const db = getDb();
  const direct = runOnSqliteConnection(db, (connection) => findConversationHeaderOnSqlite(connection, conversationId, actor.id));
  const conversation = direct
    ? await direct
    : await db.conversation.findFirst({ where: { id: conversationId, ...conversationVisibleTo(actor.id) }, select: conversationHeaderSelect(actor.id) });
  if (!conversation) throw notFound("That conversation");
  // The buyer's side: the buyer, or a colleague on the buyer's team (never a member of the business).
  const viewerIsBuyer = conversation.business.members.length === 0;
  return {
    id: conversation.id,
    title: viewerIsBuyer ? conversation.business.name : conversation.buyer.name,
    businessName: conversation.business.name,
    businessId: conversation.businessId,
    buyerId: conversation.buyerId,
    viewerIsBuyer,
    viewerMuted: conversation.mutes.length > 0,
  };
}
