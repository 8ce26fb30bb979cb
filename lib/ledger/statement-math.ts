// A buyer's account with a supplier, as a statement and as ages of what is still due. Pure: the
// rows come from lib/ledger/statement.ts. Money is integer paise throughout, so every sum is exact.
//
// What a buyer owes: each order from the moment the supplier accepted it (its tax invoice's total
// once invoiced, GST included; the order's total before that), less every payment recorded.
// Declined and cancelled orders owe nothing; a payment on one still counts (money was received).
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { indiaDate } from "@/lib/gst/india-time";
import { orderDuePaise } from "@/lib/orders/order-due";

/** Orders the buyer owes for: accepted, and not declined or cancelled since. */
export const OWING_STATUSES: OrderStatus[] = ["ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"];

/** A statement's closing balance from order rows alone: what the owing ones owe (their invoice's
 * total once invoiced) less everything paid on any of them (Order.paidPaise sums its payments). */
export function closingFromOrders(orders: readonly { status: OrderStatus; totalPaise: number; billedPaise: number | null; paidPaise: number }[]): number {
  return orders.reduce((sum, o) => sum + (OWING_STATUSES.includes(o.status) ? orderDuePaise(o) : 0) - o.paidPaise, 0);
}

export interface LedgerOrder {
  orderId: string;
  number: number;
  /** When the debt arose: the invoice date once invoiced, else when the order was accepted. */
  raisedAt: Date;
  duePaise: number;
  invoiceNumber: string | null;
}

export interface LedgerPayment {
  id: string;
  orderNumber: number;
  receivedAt: Date;
  amountPaise: number;
  method: string;
  reference: string | null;
}

export type StatementEntry =
  | { kind: "order"; date: Date; orderId: string; orderNumber: number; invoiceNumber: string | null; debitPaise: number; creditPaise: 0; balancePaise: number }
  | { kind: "payment"; date: Date; paymentId: string; orderNumber: number; method: string; reference: string | null; debitPaise: 0; creditPaise: number; balancePaise: number };

export interface Statement {
  /** What was owed before `from` (0 without a start date). */
  openingPaise: number;
  entries: StatementEntry[];
  debitsPaise: number;
  creditsPaise: number;
  /** openingPaise + debits - credits: positive when the buyer owes, negative when paid ahead. */
  closingPaise: number;
}

export interface StatementPeriod {
  /** Inclusive. */
  from?: Date;
  /** Exclusive: the start of the day after the last one shown. */
  until?: Date;
}

/** Orders and payments in date order with a running balance; what came before `from` is the opening balance. */
export function buildStatement(orders: readonly LedgerOrder[], payments: readonly LedgerPayment[], period: StatementPeriod = {}): Statement {
  const all: Omit<StatementEntry, "balancePaise">[] = [
    ...orders.map((o) => ({ kind: "order" as const, date: o.raisedAt, orderId: o.orderId, orderNumber: o.number, invoiceNumber: o.invoiceNumber, debitPaise: o.duePaise, creditPaise: 0 as const })),
    ...payments.map((p) => ({ kind: "payment" as const, date: p.receivedAt, paymentId: p.id, orderNumber: p.orderNumber, method: p.method, reference: p.reference, debitPaise: 0 as const, creditPaise: p.amountPaise })),
  ];
  // Same instant: the order first (a payment at acceptance pays what was just raised), then by number.
  all.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.kind === b.kind ? a.orderNumber - b.orderNumber : a.kind === "order" ? -1 : 1));

  let openingPaise = 0;
  let balance = 0;
  let debitsPaise = 0;
  let creditsPaise = 0;
  const entries: StatementEntry[] = [];
  for (const entry of all) {
    const time = entry.date.getTime();
    if (period.until && time >= period.until.getTime()) break;
    const change = entry.debitPaise - entry.creditPaise;
    if (period.from && time < period.from.getTime()) {
      openingPaise += change;
      balance += change;
      continue;
    }
    balance += change;
    debitsPaise += entry.debitPaise;
    creditsPaise += entry.creditPaise;
    entries.push({ ...entry, balancePaise: balance } as StatementEntry);
  }
  return { openingPaise, entries, debitsPaise, creditsPaise, closingPaise: openingPaise + debitsPaise - creditsPaise };
}

export const AGE_BUCKETS = ["0-30", "31-60", "61-90", "90+"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface OrderOutstanding {
  orderId: string;
  number: number;
  raisedAt: Date;
  /** What is still owed on this order (its due less its own payments), at least 0. */
  outstandingPaise: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days in India since the debt arose (one raised today, at any hour, is 0 days old). */
export function ageInDays(raisedAt: Date, now: Date): number {
  return Math.max(0, Math.round((Date.parse(indiaDate(now)) - Date.parse(indiaDate(raisedAt))) / DAY_MS));
}

export function ageBucket(days: number): AgeBucket {
  if (days <= 30) return "0-30";
  if (days <= 60) return "31-60";
  if (days <= 90) return "61-90";
  return "90+";
}

/** Payments are recorded against orders, so each order's own payments settle it: what is still
 * owed is aged by the order's date. An order paid beyond its due does not age the others. */
export function outstandingByOrder(orders: readonly LedgerOrder[], paidByOrder: ReadonlyMap<string, number>): OrderOutstanding[] {
  return orders
    .map((o) => ({ orderId: o.orderId, number: o.number, raisedAt: o.raisedAt, outstandingPaise: Math.max(0, o.duePaise - (paidByOrder.get(o.orderId) ?? 0)) }))
    .filter((o) => o.outstandingPaise > 0);
}

export type Ageing = Record<AgeBucket, number> & { totalPaise: number };

export function ageOutstanding(outstanding: readonly OrderOutstanding[], now: Date): Ageing {
  const ageing: Ageing = { "0-30": 0, "31-60": 0, "61-90": 0, "90+": 0, totalPaise: 0 };
  for (const o of outstanding) {
    ageing[ageBucket(ageInDays(o.raisedAt, now))] += o.outstandingPaise;
    ageing.totalPaise += o.outstandingPaise;
  }
  return ageing;
}
