// What the search box matches of an order (Order.searchText, indexed by SQLite FTS5 and a
// PostgreSQL tsvector: migration 0012_search): its number as people write it ("#1042", "1042"),
// the buyer's name, the design codes, and once dispatched the transporter and LR number.
import type { Tx } from "@/lib/db";

export interface OrderSearchParts {
  number: number;
  buyerName: string;
  codes: string[];
  transporter?: string | null;
  lrNumber?: string | null;
}

export function orderSearchText(parts: OrderSearchParts): string {
  return [`#${parts.number}`, String(parts.number), parts.buyerName, ...new Set(parts.codes), parts.transporter ?? "", parts.lrNumber ?? ""]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/** Writes an order's search text again from what is stored (after dispatch, or a seeded order). */
export async function refreshOrderSearchText(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { number: true, transporter: true, lrNumber: true, buyer: { select: { name: true } }, lines: { orderBy: { position: "asc" }, select: { code: true } } },
  });
  const searchText = orderSearchText({ number: order.number, buyerName: order.buyer.name, codes: order.lines.map((line) => line.code), transporter: order.transporter, lrNumber: order.lrNumber });
  await tx.order.update({ where: { id: orderId }, data: { searchText } });
}
