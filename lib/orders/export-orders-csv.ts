// CSV export of the Orders page's filtered set, for its members: one row per order, or one row
// per order line. The file is streamed: orders are read in keyset batches (by number, like the
// list) and each batch becomes one chunk, so memory stays flat whether it is 10 orders or
// 100,000. With a design-code filter both exports show what the page shows: the lines export
// lists the matching lines only, and the orders export their pieces and money (paid stays the
// order's: a payment is for the whole order).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { parseInput } from "@/lib/validation";
import { CSV_BOM, csvIstDateTime, csvRow, csvRupees } from "./csv";
import { STATUS_LABEL } from "./order-status-label";
import { matchingLinesWhere, orderFilterWhere, requireMemberBusiness, withOrderFilters } from "./order-filters";

export const exportOrdersCsvSchema = withOrderFilters({
  kind: z.enum(["orders", "lines"]).default("orders"),
});

export const EXPORT_BATCH_SIZE = 500;

export interface OrdersCsvExport {
  filename: string;
  /** The file, in chunks; consume once. Nothing is read before the first chunk is asked for. */
  chunks: AsyncGenerator<string, void, undefined>;
}

const ORDER_HEADER = ["Order", "Date (IST)", "Buyer", "Status", "Pieces", "Total (Rs)", "Paid (Rs)", "Transporter", "LR number"];
const LINE_HEADER = ["Order", "Date (IST)", "Buyer", "Code", "Title", "Colour", "Sets", "Pieces", "Price per piece (Rs)", "Line total (Rs)"];

const orderSelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  totalPieces: true,
  totalPaise: true,
  paidPaise: true,
  transporter: true,
  lrNumber: true,
  buyer: { select: { name: true } },
} as const;

type ExportOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

async function* orderBatches(where: Prisma.OrderWhereInput): AsyncGenerator<ExportOrder[]> {
  const db = getDb();
  let cursor: number | undefined;
  for (;;) {
    const batch = await db.order.findMany({
      where: cursor === undefined ? where : { AND: [where, { number: { lt: cursor } }] },
      orderBy: { number: "desc" },
      take: EXPORT_BATCH_SIZE,
      select: orderSelect,
    });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < EXPORT_BATCH_SIZE) return;
    cursor = batch.at(-1)?.number;
  }
}

/** Each order's pieces and money: the whole order's, or with a design filter its matching lines'. */
async function batchTotals(batch: ExportOrder[], matching: Prisma.OrderLineWhereInput | null): Promise<Map<string, { pieces: number; paise: number }>> {
  if (!matching) return new Map(batch.map((o) => [o.id, { pieces: o.totalPieces, paise: o.totalPaise }]));
  const sums = await getDb().orderLine.groupBy({ by: ["orderId"], where: { orderId: { in: batch.map((o) => o.id) }, ...matching }, _sum: { pieces: true, totalPaise: true } });
  return new Map(sums.map((row) => [row.orderId, { pieces: row._sum.pieces ?? 0, paise: row._sum.totalPaise ?? 0 }]));
}

async function orderRows(batch: ExportOrder[], matching: Prisma.OrderLineWhereInput | null): Promise<string> {
  const totals = await batchTotals(batch, matching);
  return batch
    .map((o) => {
      const total = totals.get(o.id) ?? { pieces: 0, paise: 0 };
      return csvRow([`#${o.number}`, csvIstDateTime(o.createdAt), o.buyer.name, STATUS_LABEL[o.status], total.pieces, csvRupees(total.paise), csvRupees(o.paidPaise), o.transporter, o.lrNumber]);
    })
    .join("");
}

async function lineRows(batch: ExportOrder[], matching: Prisma.OrderLineWhereInput | null): Promise<string> {
  const lines = await getDb().orderLine.findMany({
    where: { orderId: { in: batch.map((o) => o.id) }, ...matching },
    orderBy: [{ orderId: "asc" }, { position: "asc" }],
    select: { orderId: true, code: true, title: true, colour: true, sets: true, pieces: true, pricePerPiecePaise: true, totalPaise: true },
  });
  // Node 20 has no Map.groupBy.
  const linesByOrder = new Map<string, typeof lines>();
  for (const line of lines) {
    const list = linesByOrder.get(line.orderId);
    if (list) list.push(line);
    else linesByOrder.set(line.orderId, [line]);
  }
  let text = "";
  for (const o of batch) {
    const head = [`#${o.number}`, csvIstDateTime(o.createdAt), o.buyer.name];
    for (const line of linesByOrder.get(o.id) ?? []) {
      text += csvRow([...head, line.code, line.title, line.colour, line.sets, line.pieces, csvRupees(line.pricePerPiecePaise), csvRupees(line.totalPaise)]);
    }
  }
  return text;
}

async function* csvChunks(where: Prisma.OrderWhereInput, matching: Prisma.OrderLineWhereInput | null, kind: "orders" | "lines"): AsyncGenerator<string, void, undefined> {
  yield CSV_BOM + csvRow(kind === "orders" ? ORDER_HEADER : LINE_HEADER);
  for await (const batch of orderBatches(where)) {
    yield kind === "orders" ? await orderRows(batch, matching) : await lineRows(batch, matching);
  }
}

function filenameOf(kind: "orders" | "lines", now: Date): string {
  const day = csvIstDateTime(now).slice(0, 10);
  return `${kind === "orders" ? "orders" : "order-lines"}-${day}.csv`;
}

/** Checks access and the filters now (so a route can answer 404 before streaming), then streams. */
export async function exportOrdersCsv(actor: Actor, input: unknown): Promise<OrdersCsvExport> {
  const { kind, ...filters } = parseInput(exportOrdersCsvSchema, input);
  await requireMemberBusiness(actor, filters.businessId);
  return { filename: filenameOf(kind, new Date()), chunks: csvChunks(orderFilterWhere(actor.id, filters), matchingLinesWhere(filters), kind) };
}
