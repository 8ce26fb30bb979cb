// A buyer's statement with one supplier: the account of one conversation (a supplier and a buyer
// meet in exactly one). Both sides read it: the supplier's members, and the buyer with their shop's
// team. Anyone else is told the conversation does not exist, as for the conversation itself.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { buildStatement, OWING_STATUSES, type LedgerOrder, type LedgerPayment, type Statement } from "./statement-math";

export { OWING_STATUSES } from "./statement-math";

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter dates as YYYY-MM-DD.")
  .refine(isCalendarDate, "That date does not exist.");

/** 2026-02-30 parses (to 2 March), so the date must come back the same. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const statementSchema = z
  .object({
    conversationId: idSchema,
    /** India dates, both inclusive: the statement shows from the first day's start to the last day's end. */
    from: z.preprocess((v) => (v === "" || v === null ? undefined : v), dateOnly.optional()),
    to: z.preprocess((v) => (v === "" || v === null ? undefined : v), dateOnly.optional()),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { message: "The first date must come before the last.", path: ["to"] });

export interface StatementPage extends Statement {
  conversationId: string;
  businessName: string;
  buyerName: string;
  viewerIsMember: boolean;
  viewerIsOwner: boolean;
  /** The supplier's team only (null for the buyer's side, and when there is none). */
  creditLimitPaise: number | null;
  from: string | null;
  to: string | null;
}

/** Midnight in India at the start of `date` (YYYY-MM-DD). */
function indiaDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+05:30`);
}

export async function getStatement(actor: Actor, input: unknown): Promise<StatementPage> {
  const data = parseInput(statementSchema, input);
  const conversation = await getDb().conversation.findFirst({
    where: { id: data.conversationId, ...conversationVisibleTo(actor.id) },
    select: {
      id: true,
      creditLimitPaise: true,
      business: { select: { name: true, members: { where: { userId: actor.id }, select: { role: true } } } },
      buyer: { select: { name: true } },
    },
  });
  if (!conversation) throw notFound("That conversation");
  const { orders, payments } = await readLedger(conversation.id);
  const viewerIsMember = conversation.business.members.length > 0;
  const until = data.to ? new Date(indiaDayStart(data.to).getTime() + 24 * 60 * 60 * 1000) : undefined;
  return {
    ...buildStatement(orders, payments, { from: data.from ? indiaDayStart(data.from) : undefined, until }),
    conversationId: conversation.id,
    businessName: conversation.business.name,
    buyerName: conversation.buyer.name,
    viewerIsMember,
    viewerIsOwner: conversation.business.members[0]?.role === "OWNER",
    creditLimitPaise: viewerIsMember ? conversation.creditLimitPaise : null,
    from: data.from ?? null,
    to: data.to ?? null,
  };
}

export interface LedgerRows {
  orders: LedgerOrder[];
  payments: LedgerPayment[];
  /** Payments per order id, for what each order still owes. */
  paidByOrder: Map<string, number>;
}

/** Every order and payment of one conversation's account. Callers have checked access. A
 * conversation's orders are a few hundred at most, so they are read whole. */
export async function readLedger(conversationId: string): Promise<LedgerRows> {
  const db = getDb();
  const rows = await db.order.findMany({
    where: { conversationId },
    orderBy: { number: "asc" },
    select: { ...ledgerOrderSelect, status: true, payments: { select: { id: true, amountPaise: true, method: true, reference: true, receivedAt: true } } },
  });
  const orders: LedgerOrder[] = [];
  const payments: LedgerPayment[] = [];
  const paidByOrder = new Map<string, number>();
  for (const row of rows) {
    if (OWING_STATUSES.includes(row.status)) orders.push(toLedgerOrder(row));
    for (const p of row.payments) {
      payments.push({ id: p.id, orderNumber: row.number, receivedAt: p.receivedAt, amountPaise: p.amountPaise, method: p.method, reference: p.reference });
      paidByOrder.set(row.id, (paidByOrder.get(row.id) ?? 0) + p.amountPaise);
    }
  }
  return { orders, payments, paidByOrder };
}

/** What an order row needs to say what it raised, and when (toLedgerOrder). */
export const ledgerOrderSelect = {
  id: true,
  number: true,
  totalPaise: true,
  createdAt: true,
  invoice: { select: { number: true, totalPaise: true, issuedAt: true } },
  events: { where: { type: "ACCEPTED" as const }, select: { createdAt: true }, take: 1 },
} as const;

type LedgerOrderRow = {
  id: string;
  number: number;
  totalPaise: number;
  createdAt: Date;
  invoice: { number: string; totalPaise: number; issuedAt: Date } | null;
  events: { createdAt: Date }[];
};

/** An owing order's debt: the invoice's total (GST included) and date once invoiced, else the
 * order's total from when it was accepted. */
export function toLedgerOrder(row: LedgerOrderRow): LedgerOrder {
  return {
    orderId: row.id,
    number: row.number,
    raisedAt: row.invoice?.issuedAt ?? row.events[0]?.createdAt ?? row.createdAt,
    duePaise: row.invoice?.totalPaise ?? row.totalPaise,
    invoiceNumber: row.invoice?.number ?? null,
  };
}
