// The Orders page's filters, shared by the list, its totals and the CSV export so the three
// always describe the same set of orders. Every where built here carries the business
// restriction for the actor: a filter can narrow what a member sees, never widen it.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { OrderStatus } from "@/lib/generated/sqlite/enums";
import { idSchema } from "@/lib/validation";

// Query strings send "" for an untouched field; that means "no filter", not an invalid value.
const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** India has one zone and no daylight saving: IST is always UTC+05:30. */
export const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;

/** The instant a day ("2026-10-31") begins in India. */
export function istDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - IST_OFFSET_MS);
}

/** The instant the day after `day` begins in India (exclusive end of `day`). */
export function istDayEnd(day: string): Date {
  return new Date(istDayStart(day).getTime() + DAY_MS);
}

const statusSchema = z.enum(OrderStatus, { error: "Choose a status from the list." });
const daySchema = z.iso.date({ error: "Enter the date as YYYY-MM-DD." });

/** "1042", "#1042" or 1042. */
const orderNumberSchema = z.union(
  [
    z.number().int().positive(),
    z
      .string()
      .trim()
      .regex(/^#?\s*\d{1,9}$/)
      .transform((text) => Number(text.replace(/^#\s*/, ""))),
  ],
  { error: "Enter an order number like #1042." },
);

export const orderFilterFields = {
  businessId: idSchema,
  /** One status or several; always an array once parsed. */
  status: z.preprocess(
    (value) => (value === "" || value === null || (Array.isArray(value) && value.length === 0) ? undefined : typeof value === "string" ? [value] : value),
    z.array(statusSchema).max(Object.keys(OrderStatus).length).optional(),
  ),
  buyerId: optional(idSchema),
  /** Orders of the buyers carrying this label. A label of another business matches nothing. */
  labelId: optional(idSchema),
  /** First day included, in India time. */
  from: optional(daySchema),
  /** Last day included, in India time. */
  to: optional(daySchema),
  designCode: optional(
    z
      .string()
      .trim()
      .max(40, "Design codes are short, like D-0142.")
      .regex(/^[A-Za-z0-9-]+$/, "A design code has letters, digits and dashes, like D-0142."),
  ),
  number: optional(orderNumberSchema),
};

// Typed loosely so the same check serves the generic withOrderFilters below.
const datesInOrder = (filters: { from?: unknown; to?: unknown }, ctx: z.RefinementCtx) => {
  if (typeof filters.from === "string" && typeof filters.to === "string" && filters.from > filters.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date." });
  }
};

export const orderFiltersSchema = z.object(orderFilterFields).superRefine(datesInOrder);
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

/** Builds a schema of the filters plus more fields (page cursor, export kind), same checks. */
export function withOrderFilters<S extends z.ZodRawShape>(shape: S) {
  return z.object({ ...orderFilterFields, ...shape }).superRefine(datesInOrder);
}

/**
 * The order lines a typed design code means. People type part of a code: its digits ("0002")
 * find every code containing them, anything else ("D-00", "d-0002") the codes starting with it.
 * Codes are stored upper case (designCodeSchema) and the filter allows only letters, digits and
 * dashes, so the upper-cased text is a LIKE pattern with no wildcards in it, and it matches the
 * same rows on SQLite (LIKE ignores ASCII case) and PostgreSQL (LIKE is case-sensitive).
 */
export function designCodeLineWhere(typed: string): Prisma.OrderLineWhereInput {
  const text = typed.toUpperCase();
  return { code: /^\d+$/.test(text) ? { contains: text } : { startsWith: text } };
}

function designCodeWhere(code: string): Prisma.OrderWhereInput {
  // Prisma checks `some` with a correlated EXISTS per candidate order. The always-true
  // `position >= 0` steers SQLite to the (orderId, position) index: a few lines per candidate
  // order, rather than every line of a popular code ever sold for each candidate.
  return { lines: { some: { ...designCodeLineWhere(code), position: { gte: 0 } } } };
}

/**
 * With a design filter, what the list, its totals and the export count of each order: only the
 * matching lines (D-0002's 3 pcs, not the order's 27). Null without one: whole orders.
 */
export function matchingLinesWhere(filters: Pick<OrderFilters, "designCode">): Prisma.OrderLineWhereInput | null {
  return filters.designCode ? designCodeLineWhere(filters.designCode) : null;
}

/** The where of the filtered orders of one business, visible only to its members. */
export function orderFilterWhere(actorId: string, filters: OrderFilters): Prisma.OrderWhereInput {
  const statuses = filters.status;
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = istDayStart(filters.from);
  if (filters.to) createdAt.lt = istDayEnd(filters.to);
  return {
    businessId: filters.businessId,
    business: businessOfMember(actorId),
    ...(statuses ? { status: statuses.length === 1 ? statuses[0] : { in: statuses } } : {}),
    ...(filters.buyerId ? { buyerId: filters.buyerId } : {}),
    ...(filters.labelId ? { conversation: { labels: { some: { labelId: filters.labelId } } } } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.number !== undefined ? { number: filters.number } : {}),
    ...(filters.designCode ? designCodeWhere(filters.designCode) : {}),
  };
}

/** Members-only services start here: anyone else gets the same answer as for a missing business. */
export async function requireMemberBusiness(actor: Actor, businessId: string): Promise<{ id: string; name: string }> {
  const business = await getDb().business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true, name: true } });
  if (!business) throw notFound("That business");
  return business;
}
