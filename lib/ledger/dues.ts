// What every buyer of a business still owes, aged: the Orders area's "Dues". Each owing order's
// own payments settle it (payments are recorded against orders), so what remains is aged by the
// order's date (its invoice date once invoiced, else its acceptance) into 0-30, 31-60, 61-90 and
// 90+ days. An advance paid on an order not yet accepted shows on the buyer's statement, which
// nets everything; here it is not set against other orders.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMemberBusiness } from "@/lib/orders/order-filters";
import { parseIdInput } from "@/lib/validation";
import { ageInDays, ageOutstanding, closingFromOrders, outstandingByOrder, type Ageing } from "./statement-math";
import { ledgerOrderSelect, OWING_STATUSES, toLedgerOrder } from "./statement";

export interface BuyerDues {
  conversationId: string;
  buyerName: string;
  ageing: Ageing;
  orders: number;
  oldestDays: number;
  creditLimitPaise: number | null;
  /** With a credit limit only: the statement's closing balance (advances and overpayments netted),
   * the figure accepting an order checks against the limit (credit-limit.ts). */
  owedPaise: number | null;
}

export interface BusinessDues {
  total: Ageing;
  buyers: BuyerDues[];
}

export async function listDues(actor: Actor, input: unknown, now = new Date()): Promise<BusinessDues> {
  const { businessId } = parseIdInput("businessId", input);
  const business = await requireMemberBusiness(actor, businessId);
  const db = getDb();
  // Only orders with something still owed: settled ones, however many years of them, are not read.
  const rows = await db.order.findMany({
    where: { businessId: business.id, status: { in: OWING_STATUSES }, ...unsettled(db) },
    select: { ...ledgerOrderSelect, paidPaise: true, conversationId: true, buyer: { select: { name: true } }, conversation: { select: { creditLimitPaise: true } } },
  });
  const byConversation = new Map<string, typeof rows>();
  for (const row of rows) byConversation.set(row.conversationId, [...(byConversation.get(row.conversationId) ?? []), row]);

  const buyers: BuyerDues[] = [];
  for (const [conversationId, orders] of byConversation) {
    const outstanding = outstandingByOrder(orders.map(toLedgerOrder), new Map(orders.map((o) => [o.id, o.paidPaise])));
    if (!outstanding.length) continue;
    buyers.push({
      conversationId,
      buyerName: orders[0]!.buyer.name,
      ageing: ageOutstanding(outstanding, now),
      orders: outstanding.length,
      oldestDays: Math.max(...outstanding.map((o) => ageInDays(o.raisedAt, now))),
      creditLimitPaise: orders[0]!.conversation.creditLimitPaise,
      owedPaise: null,
    });
  }
  await netBalancesOf(buyers.filter((b) => b.creditLimitPaise !== null));
  buyers.sort((a, b) => b.ageing.totalPaise - a.ageing.totalPaise || a.buyerName.localeCompare(b.buyerName));
  const total = ageOutstanding([], now);
  for (const buyer of buyers) {
    for (const key of ["0-30", "31-60", "61-90", "90+", "totalPaise"] as const) total[key] += buyer.ageing[key];
  }
  return { total, buyers };
}

/** Fills in the closing balance of each buyer with a limit, from one query over their orders. */
async function netBalancesOf(buyers: BuyerDues[]): Promise<void> {
  if (!buyers.length) return;
  const orders = await getDb().order.findMany({
    where: { conversationId: { in: buyers.map((b) => b.conversationId) } },
    select: { conversationId: true, status: true, totalPaise: true, billedPaise: true, paidPaise: true },
  });
  for (const buyer of buyers) buyer.owedPaise = closingFromOrders(orders.filter((o) => o.conversationId === buyer.conversationId));
}

/** Orders paid less than they owe: their invoice's total once invoiced (Order.billedPaise), else their own. */
export function unsettled(db: ReturnType<typeof getDb>) {
  return { OR: [{ billedPaise: null, paidPaise: { lt: db.order.fields.totalPaise } }, { paidPaise: { lt: db.order.fields.billedPaise } }] };
}
