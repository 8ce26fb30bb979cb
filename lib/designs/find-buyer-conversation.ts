// Where a buyer picks a design from: their own conversation that the design was posted into.
// Members of the business are not buyers of it, so they get null; so does anyone the design was
// never posted to (the design page has already refused them).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { parseIdInput } from "@/lib/validation";

export async function findBuyerConversation(actor: Actor, input: unknown): Promise<{ conversationId: string } | null> {
  const { designId } = parseIdInput("designId", input);
  // A buyer has one conversation per business and a design belongs to one business, so at most
  // one conversation matches.
  const conversation = await getDb().conversation.findFirst({
    where: { buyer: buyerSideOf(actor.id), messages: { some: { deletedAt: null, designs: { some: { designId } } } } },
    select: { id: true },
  });
  return conversation ? { conversationId: conversation.id } : null;
}
