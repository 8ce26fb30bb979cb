// The design-code filter on Orders, as an owner reads it: a code found by its digits or by how it
// starts, and each order showing only the lines of the matching designs, with the totals of
// those lines. Runs on SQLite and PostgreSQL (TEST_DB_PROVIDER).
import { describe, expect, it } from "vitest";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { listOrders, orderTotals } from "@/lib/orders/list-orders";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { collect, createDesign, createOrder, parseCsv } from "../support/order-history-factories";

async function fixture() {
  const { owner, business } = await createSupplier("Surat Silk House");
  const meena = await createBuyerConversation(business.id, "Meena Fashions");
  const d0002 = await createDesign(business.id, owner.id, { code: "D-0002", pricePerPiecePaise: 38_000 });
  const d0021 = await createDesign(business.id, owner.id, { code: "D-0021", pricePerPiecePaise: 20_000 });
  const d0100 = await createDesign(business.id, owner.id, { code: "D-0100", pricePerPiecePaise: 40_000 });
  const m = { businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id };
  // D-0002 is a small part of a big order: Rs 1,140 and 3 pcs of its Rs 10,740, 27 pcs.
  const mixed = await createOrder({ ...m, lines: [{ design: d0002, sizePieces: { M: 3 }, pieces: 3 }, { design: d0100, sets: 4, pieces: 24 }] });
  const other = await createOrder({ ...m, lines: [{ design: d0100, sets: 1, pieces: 6 }] });
  const twentyOne = await createOrder({ ...m, lines: [{ design: d0021, sets: 1, pieces: 6 }] });
  return { owner, business, orders: { mixed, other, twentyOne } };
}

describe("the design filter on Orders", () => {
  it("finds D-0002 typed as 0002, D-00 or d-0002", async () => {
    const { owner, business, orders } = await fixture();
    const numbers = async (designCode: string) => (await listOrders(owner, { businessId: business.id, designCode })).rows.map((r) => r.number);
    expect(await numbers("0002")).toEqual([orders.mixed.number]);
    expect(await numbers("d-0002")).toEqual([orders.mixed.number]);
    expect(await numbers("D-00")).toEqual([orders.twentyOne.number, orders.mixed.number]);
    expect(await numbers("D-01")).toEqual([orders.other.number, orders.mixed.number]);
    expect(await numbers("D-0003")).toEqual([]);
  });

  it("shows the design's own lines: pieces and money of the matching lines in each row and in the totals", async () => {
    const { owner, business, orders } = await fixture();
    const input = { businessId: business.id, designCode: "0002" };
    const [row] = (await listOrders(owner, input)).rows;
    expect(row).toMatchObject({ number: orders.mixed.number, totalPieces: 3, totalPaise: 114_000, lineCount: 1 });
    expect(await orderTotals(owner, input)).toEqual({ count: 1, totalPieces: 3, totalPaise: 114_000 });

    // "D-00" matches D-0002 and D-0021: each order counts only those lines.
    const wide = { businessId: business.id, designCode: "D-00" };
    expect((await listOrders(owner, wide)).rows.map((r) => [r.number, r.totalPieces, r.totalPaise])).toEqual([
      [orders.twentyOne.number, 6, 120_000],
      [orders.mixed.number, 3, 114_000],
    ]);
    expect(await orderTotals(owner, wide)).toEqual({ count: 2, totalPieces: 9, totalPaise: 234_000 });

    // Without a design filter, rows and totals are whole orders as before.
    const [whole] = (await listOrders(owner, { businessId: business.id, number: orders.mixed.number })).rows;
    expect(whole).toMatchObject({ totalPieces: 27, totalPaise: 114_000 + 960_000, lineCount: 2 });
  });

  it("exports what the page shows: the design's lines, and its pieces and money per order", async () => {
    const { owner, business, orders } = await fixture();
    const lines = parseCsv((await collect((await exportOrdersCsv(owner, { businessId: business.id, designCode: "0002", kind: "lines" })).chunks)).text);
    expect(lines.slice(1).map((record) => record[3])).toEqual(["D-0002"]);
    const rows = parseCsv((await collect((await exportOrdersCsv(owner, { businessId: business.id, designCode: "0002", kind: "orders" })).chunks)).text);
    expect(rows.slice(1).map((record) => [record[0], record[4], record[5]])).toEqual([[`#${orders.mixed.number}`, "3", "1140.00"]]);
  });
});
