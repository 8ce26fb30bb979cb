import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";

export interface ConversationHeader {
  id: string;
  title: string;
  subtitle: string;
  businessId: string;
  buyerId: string;
  viewerIsBuyer: boolean;
}

export async function getConversation(actor: Actor, input: unknown): Promise<ConversationHeader> {
  const { conversationId } = parseInput(z.object({ conversationId: idSchema }), input);
  const conversation = await getDb().conversation.findFirst({
    where: { id: conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, businessId: true, buyerId: true, buyer: { select: { name: true } }, business: { select: { name: true } } },
  });
  if (!conversation) throw notFound("That conversation");
  const viewerIsBuyer = conversation.buyerId === actor.id;
  return {
    id: conversation.id,
    title: viewerIsBuyer ? conversation.business.name : conversation.buyer.name,
    subtitle: viewerIsBuyer ? "Supplier" : `Buyer of ${conversation.business.name}`,
    businessId: conversation.businessId,
    buyerId: conversation.buyerId,
    viewerIsBuyer,
  };
}
