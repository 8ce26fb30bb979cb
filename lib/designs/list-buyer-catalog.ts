// A buyer's Catalog tab: the designs their suppliers posted into their conversations, newest
// first, one group per supplier. What a buyer may see is designVisibleTo's rule (access.ts);
// the businesses are narrowed to those the actor buys from, so a member who also buys elsewhere
// does not get their own business's whole catalog here (that is the members' Catalog).
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf, designVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { designCardSelect, toDesignCard, type DesignCard } from "./design-views";
import { newestFirst } from "./keyset-cursor";

/** Enough to browse on a phone; each supplier's chat has a page with all of its designs. */
export const BUYER_CATALOG_LIMIT = 200;

export interface SupplierDesigns {
  businessId: string;
  businessName: string;
  /** The buyer's conversation with this supplier: where a design is picked. */
  conversationId: string;
  designs: DesignCard[];
}

export async function listBuyerCatalog(actor: Actor): Promise<{ suppliers: SupplierDesigns[] }> {
  const db = getDb();
  const conversations = await db.conversation.findMany({
    where: { buyer: buyerSideOf(actor.id) },
    select: { id: true, businessId: true, business: { select: { name: true } } },
  });
  if (!conversations.length) return { suppliers: [] };
  const rows = await db.design.findMany({
    where: { AND: [designVisibleTo(actor.id), { archivedAt: null, businessId: { in: conversations.map((c) => c.businessId) } }] },
    orderBy: newestFirst,
    take: BUYER_CATALOG_LIMIT,
    select: { ...designCardSelect, businessId: true },
  });
  const suppliers = conversations
    .map((c) => ({
      businessId: c.businessId,
      businessName: c.business.name,
      conversationId: c.id,
      designs: rows.filter((row) => row.businessId === c.businessId).map(toDesignCard),
    }))
    .filter((supplier) => supplier.designs.length > 0)
    .sort((a, b) => a.businessName.localeCompare(b.businessName));
  return { suppliers };
}
