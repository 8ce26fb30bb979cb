// The owner's small dashboard: orders and revenue per week for the last 12 weeks, what sells
// (top designs by pieces, top buyers by revenue, over the same 12 weeks) and how many orders
// wait for someone to act. Declined and cancelled orders count as orders placed but never as
// revenue, pieces sold or a buyer's spend.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { unsettled } from "@/lib/ledger/dues";
import { idSchema, parseInput } from "@/lib/validation";
import { IST_OFFSET_MS, requireMemberBusiness } from "./order-filters";

export const orderDashboardSchema = z.object({ businessId: idSchema });

export const DASHBOARD_WEEKS = 12;
const DAY_MS = 86_400_000;
const NOT_REVENUE: OrderStatus[] = ["DECLINED", "CANCELLED"];

export interface WeekBucket {
  /** The Monday the week starts on, in India time ("2026-11-23"). */
  weekStart: string;
  orders: number;
  revenuePaise: number;
}

export interface OrderDashboard {
  /** Oldest first; weeks without orders are included with zeros. */
  weeks: WeekBucket[];
  topDesigns: Array<{ code: string; title: string; pieces: number }>;
  topBuyers: Array<{ buyerId: string; name: string; revenuePaise: number; orders: number }>;
  waiting: {
    /** PLACED: accept or decline. */
    toAccept: number;
    /** ACCEPTED: pack. */
    toPack: number;
    /** PACKED: dispatch. */
    toDispatch: number;
    /** Accepted and not cancelled or declined, with less paid than the total. */
    unpaid: number;
  };
}

/** Days since 1970-01-01 in India time. */
const istDayNumber = (instant: number) => Math.floor((instant + IST_OFFSET_MS) / DAY_MS);
/** 1970-01-01 was a Thursday; weeks start on Monday. */
const mondayOf = (dayNumber: number) => dayNumber - ((dayNumber + 3) % 7);
const dayLabel = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

export async function orderDashboard(actor: Actor, input: unknown, now = new Date()): Promise<OrderDashboard> {
  const { businessId } = parseInput(orderDashboardSchema, input);
  const business = await requireMemberBusiness(actor, businessId);
  const db = getDb();
  const firstMonday = mondayOf(istDayNumber(now.getTime())) - 7 * (DASHBOARD_WEEKS - 1);
  const windowStart = new Date(firstMonday * DAY_MS - IST_OFFSET_MS);
  const inWindow = { businessId: business.id, createdAt: { gte: windowStart } };
  const sold = { ...inWindow, status: { notIn: NOT_REVENUE } };

  // Bucketing by IST week in SQL needs different date functions on SQLite and PostgreSQL, so
  // the bucketing happens here over a bounded read: only the last 12 weeks' orders, three
  // narrow columns, served by the (businessId, createdAt) index.
  const [recent, designSums, buyerSums, statusCounts, unpaid] = await Promise.all([
    db.order.findMany({ where: inWindow, select: { createdAt: true, status: true, totalPaise: true } }),
    db.orderLine.groupBy({
      by: ["code"],
      where: { order: sold },
      _sum: { pieces: true },
      orderBy: [{ _sum: { pieces: "desc" } }, { code: "asc" }],
      take: 5,
    }),
    db.order.groupBy({
      by: ["buyerId"],
      where: sold,
      _sum: { totalPaise: true },
      _count: { _all: true },
      orderBy: [{ _sum: { totalPaise: "desc" } }, { buyerId: "asc" }],
      take: 5,
    }),
    db.order.groupBy({ by: ["status"], where: { businessId: business.id, status: { in: ["PLACED", "ACCEPTED", "PACKED"] } }, _count: { _all: true } }),
    db.order.count({
      where: { businessId: business.id, status: { in: ["ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"] }, ...unsettled(db) },
    }),
  ]);

  const weeks: WeekBucket[] = Array.from({ length: DASHBOARD_WEEKS }, (_, i) => ({ weekStart: dayLabel(firstMonday + 7 * i), orders: 0, revenuePaise: 0 }));
  for (const order of recent) {
    const week = weeks[Math.floor((istDayNumber(order.createdAt.getTime()) - firstMonday) / 7)];
    if (!week) continue;
    week.orders += 1;
    if (!NOT_REVENUE.includes(order.status)) week.revenuePaise += order.totalPaise;
  }

  const codes = designSums.map((row) => row.code);
  const buyerIds = buyerSums.map((row) => row.buyerId);
  const [designs, buyers] = await Promise.all([
    db.design.findMany({ where: { businessId: business.id, code: { in: codes } }, select: { code: true, title: true } }),
    db.user.findMany({ where: { id: { in: buyerIds } }, select: { id: true, name: true } }),
  ]);
  // A deleted design keeps its code on the lines; its title then comes from its latest line.
  const titles = new Map(designs.map((d) => [d.code, d.title]));
  for (const code of codes.filter((c) => !titles.has(c))) {
    const line = await db.orderLine.findFirst({ where: { code, order: { businessId: business.id } }, orderBy: { order: { number: "desc" } }, select: { title: true } });
    titles.set(code, line?.title ?? code);
  }
  const names = new Map(buyers.map((b) => [b.id, b.name]));
  const countOf = (status: OrderStatus) => statusCounts.find((row) => row.status === status)?._count._all ?? 0;

  return {
    weeks,
    topDesigns: designSums.map((row) => ({ code: row.code, title: titles.get(row.code) ?? row.code, pieces: row._sum.pieces ?? 0 })),
    topBuyers: buyerSums.map((row) => ({ buyerId: row.buyerId, name: names.get(row.buyerId) ?? "", revenuePaise: row._sum.totalPaise ?? 0, orders: row._count._all })),
    waiting: { toAccept: countOf("PLACED"), toPack: countOf("ACCEPTED"), toDispatch: countOf("PACKED"), unpaid },
  };
}
