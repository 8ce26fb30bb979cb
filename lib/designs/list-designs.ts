// A business's catalog for its members: newest first, searchable by code, title or colour,
// active, archived or both, a page at a time.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { designSearchQuery } from "./design-fields";
import { designCardSelect, toDesignCard, type DesignCard } from "./design-views";
import { decodeCursor, newestFirst, olderThan, pageOf } from "./keyset-cursor";

export const listDesignsSchema = z.object({
  businessId: idSchema,
  query: z.string().trim().max(80, "Search for up to 80 characters.").optional(),
  archived: z.enum(["active", "archived", "all"]).default("active"),
  cursor: z.string().max(200).nullish(),
  limit: z.coerce.number().int().min(1).max(60).default(30),
});

export interface DesignPage {
  designs: DesignCard[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export async function listDesigns(actor: Actor, input: unknown): Promise<DesignPage> {
  const data = parseInput(listDesignsSchema, input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: data.businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");
  const rows = await db.design.findMany({
    where: {
      businessId: business.id,
      ...(data.archived === "active" ? { archivedAt: null } : data.archived === "archived" ? { archivedAt: { not: null } } : {}),
      // searchText is stored lowercased (and LIKE-safe), so this is case-insensitive on both providers.
      ...(data.query ? { searchText: { contains: designSearchQuery(data.query) } } : {}),
      ...(data.cursor ? olderThan(decodeCursor(data.cursor)) : {}),
    },
    orderBy: newestFirst,
    take: data.limit + 1,
    select: designCardSelect,
  });
  const page = pageOf(rows, data.limit);
  return { designs: page.rows.map(toDesignCard), nextCursor: page.nextCursor };
}
