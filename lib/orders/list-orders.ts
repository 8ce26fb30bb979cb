// The Orders page of a business: its orders newest first, a page at a time, for its members.
//
// Pages are cut by order number (keyset), not by offset: numbers are unique per business and
// grow with time, so "newest first" is `number desc` and the next page is `number < cursor`,
// read straight off the unique (businessId, number) index. Page 3,000 costs what page 1 costs,
// and an order confirmed while someone pages never shifts a row onto the next page twice.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { parseInput } from "@/lib/validation";
import { matchingLinesWhere, orderFiltersSchema, orderFilterWhere, requireMemberBusiness, withOrderFilters } from "./order-filters";

export const DEFAULT_PAGE_SIZE = 30;
export const MAX_PAGE_SIZE = 100;

export const listOrdersSchema = withOrderFilters({
  /** The number of the last order on the previous page; this page starts below it. */
  cursor: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export interface OrderRow {
  id: string;
  number: number;
  status: OrderStatus;
  buyerName: string;
  /** With a design filter, of the matching lines only (like lineCount). */
  totalPaise: number;
  totalPieces: number;
  paidPaise: number;
  createdAt: Date;
  lineCount: number;
}

export interface OrdersPage {
  rows: OrderRow[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: number | null;
}

export async function listOrders(actor: Actor, input: unknown): Promise<OrdersPage> {
  const { cursor, limit, ...filters } = parseInput(listOrdersSchema, input);
  await requireMemberBusiness(actor, filters.businessId);
  const where = orderFilterWhere(actor.id, filters);
  const orders = await getDb().order.findMany({
    where: cursor === undefined ? where : { AND: [where, { number: { lt: cursor } }] },
    orderBy: { number: "desc" },
    // One extra row says whether there is a next page without a count.
    take: limit + 1,
    select: {
      id: true,
      number: true,
      status: true,
      totalPaise: true,
      totalPieces: true,
      paidPaise: true,
      createdAt: true,
      buyer: { select: { name: true } },
    },
  });
  const page = orders.slice(0, limit);
  const matching = matchingLinesWhere(filters);
  // Not `_count: { lines }` in the select above: Prisma turns that into a join on a GROUP BY of
  // the whole OrderLine table (every line of every business, 300,000 rows at 100,000 orders),
  // where this reads only the page's lines through the (orderId, position) index.
  const lineGroups = await getDb().orderLine.groupBy({
    by: ["orderId"],
    where: { orderId: { in: page.map((o) => o.id) }, ...matching },
    _count: { _all: true },
    _sum: { pieces: true, totalPaise: true },
  });
  const linesOf = new Map(lineGroups.map((row) => [row.orderId, row]));
  return {
    rows: page.map((o) => {
      const lines = linesOf.get(o.id);
      return {
        id: o.id,
        number: o.number,
        status: o.status,
        buyerName: o.buyer.name,
        totalPaise: matching ? (lines?._sum.totalPaise ?? 0) : o.totalPaise,
        totalPieces: matching ? (lines?._sum.pieces ?? 0) : o.totalPieces,
        paidPaise: o.paidPaise,
        createdAt: o.createdAt,
        lineCount: lines?._count._all ?? 0,
      };
    }),
    nextCursor: orders.length > limit ? (page.at(-1)?.number ?? null) : null,
  };
}

export interface OrderTotals {
  count: number;
  totalPaise: number;
  totalPieces: number;
}

/** Totals of the whole filtered set (not just one page); the page asks once, not per page.
 * With a design filter: the count of matching orders, and the pieces and money of their
 * matching lines, so the totals add up the rows as shown. */
export async function orderTotals(actor: Actor, input: unknown): Promise<OrderTotals> {
  const filters = parseInput(orderFiltersSchema, input);
  await requireMemberBusiness(actor, filters.businessId);
  const where = orderFilterWhere(actor.id, filters);
  const matching = matchingLinesWhere(filters);
  if (matching) {
    const [count, lines] = await Promise.all([
      getDb().order.count({ where }),
      getDb().orderLine.aggregate({ where: { ...matching, order: where }, _sum: { pieces: true, totalPaise: true } }),
    ]);
    return { count, totalPaise: lines._sum.totalPaise ?? 0, totalPieces: lines._sum.pieces ?? 0 };
  }
  const totals = await getDb().order.aggregate({
    where,
    _count: { _all: true },
    _sum: { totalPaise: true, totalPieces: true },
  });
  return { count: totals._count._all, totalPaise: totals._sum.totalPaise ?? 0, totalPieces: totals._sum.totalPieces ?? 0 };
}
