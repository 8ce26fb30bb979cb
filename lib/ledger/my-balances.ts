// A buyer's account with each of their suppliers at a glance (My orders): the closing balance of
// every statement they have (lib/ledger/statement.ts), from one query however many suppliers.
// The buyer's shop team sees the same, as they see the same chats.
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { closingFromOrders, OWING_STATUSES } from "./statement-math";

export interface SupplierBalance {
  conversationId: string;
  businessName: string;
  /** Positive: the buyer owes it; negative: paid ahead. */
  balancePaise: number;
}

export async function listMyBalances(actor: Actor): Promise<SupplierBalance[]> {
  const db = getDb();
  const mine = { buyer: buyerSideOf(actor.id) };
  // Only orders that count: owing ones, and any with a payment on it.
  const orders = await db.order.findMany({
    where: { ...mine, OR: [{ status: { in: OWING_STATUSES } }, { paidPaise: { gt: 0 } }] },
    select: { conversationId: true, status: true, totalPaise: true, billedPaise: true, paidPaise: true, business: { select: { name: true } } },
  });
  const byConversation = new Map<string, typeof orders>();
  for (const o of orders) byConversation.set(o.conversationId, [...(byConversation.get(o.conversationId) ?? []), o]);
  return [...byConversation]
    .map(([conversationId, rows]): SupplierBalance => ({ conversationId, businessName: rows[0]!.business.name, balancePaise: closingFromOrders(rows) }))
    .filter((b) => b.balancePaise !== 0).sort((a, b) => b.balancePaise - a.balancePaise || a.businessName.localeCompare(b.businessName));
}
