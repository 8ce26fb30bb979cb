// The designs a conversation has received, as a grid: what a buyer can browse and pick from
// after the album scrolled away. Archived designs drop out (the supplier stopped selling them);
// the albums in the chat history still show them.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { designSearchQuery } from "./design-fields";
import { designCardSelect, toDesignCard } from "./design-views";
import { decodeCursor, newestFirst, olderThan, pageOf } from "./keyset-cursor";
import type { DesignPage } from "./list-designs";

export const listConversationDesignsSchema = z.object({
  conversationId: idSchema,
  query: z.string().trim().max(80, "Search for up to 80 characters.").optional(),
  cursor: z.string().max(200).nullish(),
  limit: z.coerce.number().int().min(1).max(60).default(30),
});

export async function listConversationDesigns(actor: Actor, input: unknown): Promise<DesignPage> {
  const data = parseInput(listConversationDesignsSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({ where: { id: data.conversationId, ...conversationVisibleTo(actor.id) }, select: { id: true, businessId: true } });
  if (!conversation) throw notFound("That conversation");
  const rows = await db.design.findMany({
    where: {
      businessId: conversation.businessId,
      archivedAt: null,
      posts: { some: { message: { conversationId: conversation.id, deletedAt: null } } },
      ...(data.query ? { searchText: { contains: designSearchQuery(data.query) } } : {}),
      ...(data.cursor ? olderThan(decodeCursor(data.cursor)) : {}),
    },
    // By when the design was made, not when it was last sent: keyset pages need a column order.
    orderBy: newestFirst,
    take: data.limit + 1,
    select: designCardSelect,
  });
  const page = pageOf(rows, data.limit);
  return { designs: page.rows.map(toDesignCard), nextCursor: page.nextCursor };
}
