// A buyer's account with each of their suppliers at a glance (My orders): the closing balance of
// every statement they have (lib/ledger/statement.ts), from two queries however many suppliers.
// The buyer's shop team sees the same, as they see the same chats.
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { OWING_STATUSES } from "./statement";

export interface SupplierBalance {
  conversationId: string;
  businessName: string;
  /** Positive: the buyer owes it; negative: paid ahead. */
  balancePaise: number;
}

export async function listMyBalances(actor: Actor): Promise<SupplierBalance[]> {
  const db = getDb();
  const mine = { buyer: buyerSideOf(actor.id) };
  const [owing, paid] = await Promise.all([
    db.order.findMany({ where: { ...mine, status: { in: OWING_STATUSES } }, select: { conversationId: true, totalPaise: true, invoice: { select: { totalPaise: true } }, business: { select: { name: true } } } }),
    // Order.paidPaise is the sum of the order's payments (lib/orders/record-payment.ts).
    db.order.findMany({ where: { ...mine, paidPaise: { gt: 0 } }, select: { conversationId: true, paidPaise: true, business: { select: { name: true } } } }),
  ]);
  const balances = new Map<string, SupplierBalance>();
  const entry = (conversationId: string, businessName: string) => {
    let balance = balances.get(conversationId);
    if (!balance) balances.set(conversationId, (balance = { conversationId, businessName, balancePaise: 0 }));
    return balance;
  };
  for (const o of owing) entry(o.conversationId, o.business.name).balancePaise += o.invoice?.totalPaise ?? o.totalPaise;
  for (const o of paid) entry(o.conversationId, o.business.name).balancePaise -= o.paidPaise;
  return [...balances.values()].filter((b) => b.balancePaise !== 0).sort((a, b) => b.balancePaise - a.balancePaise || a.businessName.localeCompare(b.businessName));
}
