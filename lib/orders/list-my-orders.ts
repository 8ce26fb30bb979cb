// "My orders": a buyer's own orders across every business they buy from, newest first.
//
// Numbers are per business, so they cannot order a buyer's list; pages are cut by
// (createdAt, id) instead, which the (buyerId, createdAt) index serves. The id breaks ties
// between orders confirmed in the same millisecond.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { parseInput } from "@/lib/validation";

export const listMyOrdersSchema = z.object({
  /** nextCursor of the previous page. */
  cursor: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(120).optional()),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export interface MyOrderRow {
  id: string;
  number: number;
  status: OrderStatus;
  businessName: string;
  conversationId: string;
  totalPaise: number;
  totalPieces: number;
  paidPaise: number;
  createdAt: Date;
}

export interface MyOrdersPage {
  rows: MyOrderRow[];
  nextCursor: string | null;
}

const encodeCursor = (row: { createdAt: Date; id: string }) => `${row.createdAt.getTime()}.${row.id}`;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(cursor);
  if (!match?.[1] || !match[2]) throw new AppError("INVALID", "That page link is not valid. Open My orders again.");
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}

export async function listMyOrders(actor: Actor, input: unknown = {}): Promise<MyOrdersPage> {
  const { cursor, limit } = parseInput(listMyOrdersSchema, input);
  const after = cursor ? decodeCursor(cursor) : null;
  const where: Prisma.OrderWhereInput = after
    ? { buyer: buyerSideOf(actor.id), OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : { buyer: buyerSideOf(actor.id) }; // the shop's orders, for the buyer and their colleagues
  const orders = await getDb().order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      number: true,
      status: true,
      conversationId: true,
      totalPaise: true,
      totalPieces: true,
      paidPaise: true,
      createdAt: true,
      business: { select: { name: true } },
    },
  });
  const page = orders.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ business, ...order }) => ({ ...order, businessName: business.name })),
    nextCursor: orders.length > limit && last ? encodeCursor(last) : null,
  };
}
