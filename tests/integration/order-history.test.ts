import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { getOrder } from "@/lib/orders/get-order";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { listOrders, orderTotals } from "@/lib/orders/list-orders";
import { orderAgain } from "@/lib/orders/order-again";
import { orderDashboard } from "@/lib/orders/order-dashboard";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { collect, createDesign, createOrder, parseCsv, postDesigns, type TestDesign } from "../support/order-history-factories";
import { rejection } from "../support/rejection";

const requestId = () => randomBytes(12).toString("hex");
const at = (iso: string) => new Date(iso);

/** One business with two buyers and four orders around the 31 Oct - 1 Nov (IST) edges. */
async function historyFixture() {
  const { owner, business } = await createSupplier("Surat Silk House");
  const staff = await addStaff(business.id);
  const meena = await createBuyerConversation(business.id, "Meena Fashions");
  const anjali = await createBuyerConversation(business.id, "Anjali Boutique");
  const d142 = await createDesign(business.id, owner.id, { code: "D-0142", pricePerPiecePaise: 45_000 });
  const d200 = await createDesign(business.id, owner.id, { code: "D-0200", pricePerPiecePaise: 30_000 });
  const d201 = await createDesign(business.id, owner.id, { code: "D-0201", pricePerPiecePaise: 20_000 });
  const m = { businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id };
  const a = { businessId: business.id, conversationId: anjali.conversation.id, buyerId: anjali.buyer.id };
  // 23:59:59.999 on 30 Oct in India.
  const o1 = await createOrder({ ...m, status: "PLACED", createdAt: at("2026-10-30T18:29:59.999Z"), lines: [{ design: d142, colour: "Red", sets: 2, pieces: 12 }] });
  // Midnight starting 31 Oct in India.
  const o2 = await createOrder({ ...a, status: "ACCEPTED", createdAt: at("2026-10-30T18:30:00.000Z"), lines: [{ design: d200, sets: 1, pieces: 6 }] });
  // 23:59:59 on 1 Nov in India.
  const o3 = await createOrder({
    ...m,
    status: "DISPATCHED",
    createdAt: at("2026-11-01T18:29:59.000Z"),
    lines: [
      { design: d142, colour: "Blue", sets: 1, pieces: 6 },
      { design: d200, sets: 2, pieces: 12 },
    ],
  });
  // Midnight starting 2 Nov in India.
  const o4 = await createOrder({ ...m, status: "CANCELLED", createdAt: at("2026-11-01T18:30:00.000Z"), lines: [{ design: d201, sets: 1, pieces: 6 }] });
  // Another business's order must never show up.
  const other = await createSupplier("Other Textiles");
  const otherBuyer = await createBuyerConversation(other.business.id, "Meena Elsewhere");
  const otherDesign = await createDesign(other.business.id, other.owner.id, { code: "D-0142" });
  await createOrder({ businessId: other.business.id, conversationId: otherBuyer.conversation.id, buyerId: otherBuyer.buyer.id, lines: [{ design: otherDesign, pieces: 6 }] });
  return { owner, staff, business, meena, anjali, designs: { d142, d200, d201 }, orders: { o1, o2, o3, o4 } };
}

describe("the Orders list", () => {
  it("filters by status, buyer, India-time dates, design code and number, with totals of the filtered set", async () => {
    const { owner, staff, business, meena, orders } = await historyFixture();
    const { o1, o2, o3, o4 } = orders;
    const numbers = async (filters: Record<string, unknown>) => (await listOrders(owner, { businessId: business.id, ...filters })).rows.map((r) => r.number);

    expect(await numbers({})).toEqual([o4.number, o3.number, o2.number, o1.number]);
    expect(await numbers({ status: "CANCELLED" })).toEqual([o4.number]);
    expect(await numbers({ status: ["PLACED", "DISPATCHED"] })).toEqual([o3.number, o1.number]);
    expect(await numbers({ buyerId: meena.buyer.id })).toEqual([o4.number, o3.number, o1.number]);
    // Both days inclusive, in India time: 31 Oct 00:00 to 1 Nov 23:59:59.999 IST.
    expect(await numbers({ from: "2026-10-31", to: "2026-11-01" })).toEqual([o3.number, o2.number]);
    expect(await numbers({ from: "2026-11-02" })).toEqual([o4.number]);
    expect(await numbers({ to: "2026-10-30" })).toEqual([o1.number]);
    // Any case, and the start of a code (tests/integration/order-design-filter.test.ts has more).
    expect(await numbers({ designCode: "d-0142" })).toEqual([o3.number, o1.number]);
    expect(await numbers({ designCode: "D-014" })).toEqual([o3.number, o1.number]);
    expect(await numbers({ designCode: "D-0143" })).toEqual([]);
    expect(await numbers({ number: `#${o3.number}` })).toEqual([o3.number]);
    expect(await numbers({ number: o2.number })).toEqual([o2.number]);
    // Empty form fields mean "no filter".
    expect(await numbers({ status: "", buyerId: "", from: "", to: "", designCode: "", number: "" })).toHaveLength(4);
    expect(await numbers({ status: ["PLACED", "DISPATCHED", "CANCELLED"], designCode: "D-0200", from: "2026-11-01" })).toEqual([o3.number]);

    const page = await listOrders(staff, { businessId: business.id, number: o3.number });
    expect(page.rows[0]).toMatchObject({ id: o3.id, status: "DISPATCHED", buyerName: "Meena Fashions", totalPaise: 6 * 45_000 + 12 * 30_000, totalPieces: 18, paidPaise: 0, lineCount: 2 });
    expect(page.rows[0]?.createdAt.toISOString()).toBe("2026-11-01T18:29:59.000Z");
    expect(page.nextCursor).toBeNull();

    expect(await orderTotals(owner, { businessId: business.id })).toEqual({
      count: 4,
      totalPaise: o1.totalPaise + o2.totalPaise + o3.totalPaise + o4.totalPaise,
      totalPieces: 12 + 6 + 18 + 6,
    });
    // With a design filter, the pieces and money of D-0142's own lines (o3 also has D-0200).
    expect(await orderTotals(owner, { businessId: business.id, buyerId: meena.buyer.id, designCode: "D-0142" })).toEqual({
      count: 2,
      totalPaise: (12 + 6) * 45_000,
      totalPieces: 18,
    });
    expect(await orderTotals(owner, { businessId: business.id, status: "DELIVERED" })).toEqual({ count: 0, totalPaise: 0, totalPieces: 0 });
  });

  it("refuses malformed filters with a clear message", async () => {
    const { owner, business } = await historyFixture();
    expect((await rejection(listOrders(owner, { businessId: business.id, from: "2026-11-02", to: "2026-11-01" }))).message).toBe("The end date is before the start date.");
    expect((await rejection(listOrders(owner, { businessId: business.id, from: "31/10/2026" }))).message).toBe("Enter the date as YYYY-MM-DD.");
    expect((await rejection(listOrders(owner, { businessId: business.id, number: "#10a" }))).message).toBe("Enter an order number like #1042.");
    expect((await rejection(listOrders(owner, { businessId: business.id, status: "SHIPPED" }))).message).toBe("Choose a status from the list.");
    expect((await rejection(listOrders(owner, { businessId: business.id, limit: 101 }))).code).toBe("INVALID");
  });

  it("pages newest first with no duplicates or gaps, even when orders arrive while paging", async () => {
    const { owner, business } = await createSupplier();
    const buyer = await createBuyerConversation(business.id, "Kavya Kurtis");
    const spec = { businessId: business.id, conversationId: buyer.conversation.id, buyerId: buyer.buyer.id };
    const created: number[] = [];
    for (let i = 0; i < 47; i++) {
      created.push((await createOrder({ ...spec, status: i % 3 === 0 ? "PLACED" : "ACCEPTED", lines: Array.from({ length: (i % 4) + 1 }, () => ({ pieces: 6 })) })).number);
    }
    const seen: number[] = [];
    let cursor: number | null | undefined;
    let pages = 0;
    do {
      const page = await listOrders(owner, { businessId: business.id, limit: 10, cursor: cursor ?? undefined });
      for (const row of page.rows) expect(row.lineCount).toBe(((row.number - created[0]!) % 4) + 1);
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor;
      pages += 1;
      // A new order during paging lands on page one, never shifting rows between pages.
      if (pages === 2) await createOrder({ ...spec, status: "ACCEPTED", lines: [{ pieces: 6 }] });
    } while (cursor !== null);
    expect(pages).toBe(5);
    expect(seen).toEqual([...created].reverse());

    const placed: number[] = [];
    cursor = undefined;
    do {
      const page = await listOrders(owner, { businessId: business.id, status: "PLACED", limit: 4, cursor: cursor ?? undefined });
      placed.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(placed).toEqual(created.filter((_, i) => i % 3 === 0).reverse());
    // The default page is 30.
    expect((await listOrders(owner, { businessId: business.id })).rows).toHaveLength(30);
  });
});

describe("one order", () => {
  it("shows lines, payments, dispatch details and a timeline with names to its buyer and the business", async () => {
    const { owner, business } = await createSupplier("Surat Silk House");
    const staff = await addStaff(business.id);
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const design = await createDesign(business.id, owner.id, { code: "D-0142" });
    const placedAt = at("2026-11-02T05:00:00Z");
    const order = await createOrder({
      businessId: business.id,
      conversationId: meena.conversation.id,
      buyerId: meena.buyer.id,
      status: "DISPATCHED",
      createdAt: placedAt,
      paidPaise: 500_000,
      transporter: "VRL Logistics",
      lrNumber: "LR-88231",
      parcels: 2,
      lines: [
        { design, colour: "Red", sets: 3, pieces: 18 },
        { code: "D-0009", title: "Old design", sizePieces: { M: 4, L: 2 }, pieces: 6, pricePerPiecePaise: 20_000 },
      ],
      payments: [{ amountPaise: 500_000, method: "UPI", reference: "UTR123", recordedById: staff.id, receivedAt: at("2026-11-03T05:00:00Z") }],
      events: [
        { type: "PLACED", actorId: meena.buyer.id, createdAt: placedAt },
        { type: "ACCEPTED", actorId: owner.id, createdAt: at("2026-11-02T06:00:00Z") },
        { type: "PAYMENT_RECORDED", actorId: staff.id, data: { amountPaise: 500_000, method: "UPI" }, createdAt: at("2026-11-03T05:00:00Z") },
        { type: "DISPATCHED", actorId: staff.id, data: { transporter: "VRL Logistics", lrNumber: "LR-88231" }, createdAt: at("2026-11-04T05:00:00Z") },
      ],
    });
    const view = await getOrder(owner, { orderId: order.id });
    expect(view).toMatchObject({
      number: order.number,
      status: "DISPATCHED",
      totalPaise: 18 * 45_000 + 6 * 20_000,
      totalPieces: 24,
      paidPaise: 500_000,
      business: { id: business.id, name: "Surat Silk House" },
      buyer: { id: meena.buyer.id, name: "Meena Fashions" },
      conversationId: meena.conversation.id,
      viewerIsBuyer: false,
      dispatch: { transporter: "VRL Logistics", lrNumber: "LR-88231", parcels: 2, lrPhotoId: null },
    });
    expect(view.lines.map((l) => [l.position, l.code, l.colour, l.sets, l.sizePieces, l.pieces, l.totalPaise])).toEqual([
      [0, "D-0142", "Red", 3, null, 18, 810_000],
      [1, "D-0009", null, null, { M: 4, L: 2 }, 6, 120_000],
    ]);
    expect(view.payments).toEqual([expect.objectContaining({ amountPaise: 500_000, method: "UPI", reference: "UTR123", recordedByName: "Staff" })]);
    expect(view.timeline.map((e) => [e.type, e.actorName])).toEqual([
      ["PLACED", "Meena Fashions"],
      ["ACCEPTED", "Owner"],
      ["PAYMENT_RECORDED", "Staff"],
      ["DISPATCHED", "Staff"],
    ]);
    expect(view.timeline[3]?.data).toEqual({ transporter: "VRL Logistics", lrNumber: "LR-88231" });

    expect((await getOrder(meena.buyer, { orderId: order.id })).viewerIsBuyer).toBe(true);
    expect((await getOrder(staff, { orderId: order.id })).id).toBe(order.id);
    const fresh = await createOrder({ businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id, lines: [{ pieces: 6 }] });
    expect((await getOrder(owner, { orderId: fresh.id })).dispatch).toBeNull();
  });
});

describe("My orders", () => {
  it("lists a buyer's own orders across businesses, newest first, page by page", async () => {
    const surat = await createSupplier("Surat Silk House");
    const jaipur = await createSupplier("Jaipur Prints");
    const meena = await createUserInBoth(surat.business.id, jaipur.business.id);
    const sameInstant = at("2026-11-05T10:00:00Z");
    const made = [
      await createOrder({ ...meena.surat, createdAt: at("2026-11-01T10:00:00Z"), lines: [{ pieces: 6 }] }),
      await createOrder({ ...meena.jaipur, createdAt: at("2026-11-02T10:00:00Z"), status: "ACCEPTED", lines: [{ pieces: 12 }] }),
      await createOrder({ ...meena.surat, createdAt: sameInstant, lines: [{ pieces: 6 }] }),
      await createOrder({ ...meena.jaipur, createdAt: sameInstant, lines: [{ pieces: 6 }] }),
      await createOrder({ ...meena.surat, createdAt: at("2026-11-06T10:00:00Z"), lines: [{ pieces: 6 }] }),
    ];
    // Someone else's order in the same business stays out.
    const anjali = await createBuyerConversation(surat.business.id, "Anjali Boutique");
    await createOrder({ businessId: surat.business.id, conversationId: anjali.conversation.id, buyerId: anjali.buyer.id, lines: [{ pieces: 6 }] });

    const ids: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await listMyOrders(meena.user, { limit: 2, cursor: cursor ?? undefined });
      ids.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toHaveLength(5);
    expect(new Set(ids)).toEqual(new Set(made.map((o) => o.id)));
    expect(ids[0]).toBe(made[4]!.id);
    expect(ids[4]).toBe(made[0]!.id);
    const all = await listMyOrders(meena.user);
    expect(all.rows.find((r) => r.id === made[1]!.id)).toMatchObject({ businessName: "Jaipur Prints", number: made[1]!.number, status: "ACCEPTED", totalPieces: 12 });
    expect((await rejection(listMyOrders(meena.user, { cursor: "not-a-cursor" }))).code).toBe("INVALID");
  });
});

async function createUserInBoth(businessA: string, businessB: string) {
  const first = await createBuyerConversation(businessA, "Meena Fashions");
  const conversation = await getDb().conversation.create({ data: { businessId: businessB, buyerId: first.buyer.id }, select: { id: true } });
  return {
    user: first.buyer,
    surat: { businessId: businessA, conversationId: first.conversation.id, buyerId: first.buyer.id },
    jaipur: { businessId: businessB, conversationId: conversation.id, buyerId: first.buyer.id },
  };
}

describe("CSV export", () => {
  it("streams the filtered orders and their lines, escaped and safe to open in a spreadsheet", async () => {
    const { owner, business } = await createSupplier();
    const evil = await createBuyerConversation(business.id, '=HYPERLINK("http://evil.example","Click")');
    const comma = await createBuyerConversation(business.id, 'Shah, "Bombay" Traders');
    const design = await createDesign(business.id, owner.id, { code: "D-0142", title: "Anarkali\nwith dupatta", pricePerPiecePaise: 45_050 });
    const first = await createOrder({
      businessId: business.id,
      conversationId: evil.conversation.id,
      buyerId: evil.buyer.id,
      status: "DISPATCHED",
      createdAt: at("2026-10-31T18:45:00Z"),
      paidPaise: 100_000,
      transporter: "+VRL, Surat",
      lrNumber: "-88231",
      lines: [{ design, colour: "Red", sets: 3, pieces: 18 }, { code: "D-0009", title: "Plain", sizePieces: { M: 2 }, pieces: 2, pricePerPiecePaise: 1 }],
    });
    const second = await createOrder({ businessId: business.id, conversationId: comma.conversation.id, buyerId: comma.buyer.id, createdAt: at("2026-11-01T05:00:00Z"), lines: [{ design, pieces: 6 }] });

    const orders = await exportOrdersCsv(owner, { businessId: business.id });
    expect(orders.filename).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
    const { text } = await collect(orders.chunks);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ["Order", "Date (IST)", "Buyer", "Status", "Pieces", "Total (Rs)", "Paid (Rs)", "Transporter", "LR number"],
      [`#${second.number}`, "2026-11-01 10:30", 'Shah, "Bombay" Traders', "Waiting for supplier", "6", "2703.00", "0.00", "", ""],
      [`#${first.number}`, "2026-11-01 00:15", `'=HYPERLINK("http://evil.example","Click")`, "Dispatched", "20", "8109.02", "1000.00", "'+VRL, Surat", "'-88231"],
    ]);

    const lines = await exportOrdersCsv(owner, { businessId: business.id, kind: "lines", status: "DISPATCHED" });
    expect(lines.filename).toMatch(/^order-lines-/);
    expect(parseCsv((await collect(lines.chunks)).text.slice(1))).toEqual([
      ["Order", "Date (IST)", "Buyer", "Code", "Title", "Colour", "Sets", "Pieces", "Price per piece (Rs)", "Line total (Rs)"],
      [`#${first.number}`, "2026-11-01 00:15", `'=HYPERLINK("http://evil.example","Click")`, "D-0142", "Anarkali\nwith dupatta", "Red", "3", "18", "450.50", "8109.00"],
      [`#${first.number}`, "2026-11-01 00:15", `'=HYPERLINK("http://evil.example","Click")`, "D-0009", "Plain", "", "", "2", "0.01", "0.02"],
    ]);
  });

  it("reads big exports in batches, one chunk per batch, every order exactly once", async () => {
    const { owner, business } = await createSupplier();
    const buyer = await createBuyerConversation(business.id, "Bulk Buyer");
    const db = getDb();
    const count = 1_234;
    const base = Date.parse("2026-06-01T00:00:00Z");
    const ids = Array.from({ length: count }, (_, i) => `bulk${i}${randomBytes(4).toString("hex")}`);
    await db.order.createMany({
      data: ids.map((id, i) => ({
        id,
        businessId: business.id,
        conversationId: buyer.conversation.id,
        buyerId: buyer.buyer.id,
        number: 1001 + i,
        status: i % 2 ? "ACCEPTED" : "PLACED",
        totalPaise: 1_000 * (i + 1),
        totalPieces: 2,
        idempotencyKey: id,
        createdAt: new Date(base + i * 60_000),
      })),
    });
    await db.orderLine.createMany({
      data: ids.flatMap((orderId, i) => [0, 1].map((position) => ({ orderId, position, code: `D-${i}`, title: "T", pieces: 1, pricePerPiecePaise: 500 * (i + 1), totalPaise: 500 * (i + 1) }))),
    });

    const orders = await collect((await exportOrdersCsv(owner, { businessId: business.id })).chunks);
    expect(orders.chunkCount).toBe(1 + Math.ceil(count / 500));
    const rows = parseCsv(orders.text.slice(1)).slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: count }, (_, i) => `#${1001 + count - 1 - i}`));
    expect(rows[0]?.[5]).toBe(`${count * 10}.00`);

    const lines = await collect((await exportOrdersCsv(owner, { businessId: business.id, kind: "lines", status: "PLACED" })).chunks);
    const lineRows = parseCsv(lines.text.slice(1)).slice(1);
    expect(lineRows).toHaveLength(2 * Math.ceil(count / 2));
    expect(new Set(lineRows.map((r) => r[0])).size).toBe(Math.ceil(count / 2));
    expect(lines.chunkCount).toBe(1 + Math.ceil(Math.ceil(count / 2) / 500));
  });
});

describe("the dashboard", () => {
  it("counts orders and revenue per India-time week, top designs and buyers, and orders waiting", async () => {
    const { owner, business } = await createSupplier();
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const anjali = await createBuyerConversation(business.id, "Anjali Boutique");
    const d142 = await createDesign(business.id, owner.id, { code: "D-0142", title: "Anarkali", pricePerPiecePaise: 45_000 });
    const d200 = await createDesign(business.id, owner.id, { code: "D-0200", title: "Straight kurti", pricePerPiecePaise: 30_000 });
    const m = { businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id };
    const a = { businessId: business.id, conversationId: anjali.conversation.id, buyerId: anjali.buyer.id };
    // Thursday 26 Nov 2026, noon in India: this week began Monday 23 Nov (22 Nov 18:30 UTC).
    const now = at("2026-11-26T06:30:00Z");
    const line = (design: TestDesign, pieces: number) => ({ design, pieces, sets: pieces / 6 });

    await createOrder({ ...m, status: "PLACED", createdAt: at("2026-11-22T18:30:00Z"), lines: [line(d142, 12)] }); // Monday 00:00 IST: this week
    await createOrder({ ...a, status: "ACCEPTED", paidPaise: 0, createdAt: at("2026-11-25T10:00:00Z"), lines: [line(d200, 6)] });
    await createOrder({ ...a, status: "CANCELLED", createdAt: at("2026-11-24T10:00:00Z"), lines: [line(d142, 60)] }); // counted, not revenue
    await createOrder({ ...m, status: "PACKED", paidPaise: 540_000, createdAt: at("2026-11-22T18:29:59Z"), lines: [line(d142, 12)] }); // Sunday 23:59:59 IST: last week
    await createOrder({ ...a, status: "DELIVERED", paidPaise: 1, createdAt: at("2026-09-06T18:30:00Z"), lines: [line(d200, 24)] }); // Monday 7 Sep 00:00 IST: the oldest week
    await createOrder({ ...m, status: "ACCEPTED", createdAt: at("2026-09-06T18:29:00Z"), lines: [line(d142, 600)] }); // before the window: waiting, not charted
    await createOrder({ ...a, status: "DECLINED", createdAt: at("2026-10-01T10:00:00Z"), lines: [line(d200, 600)] });

    const dashboard = await orderDashboard(owner, { businessId: business.id }, now);
    expect(dashboard.weeks.map((w) => w.weekStart)).toEqual([
      "2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05", "2026-10-12",
      "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23",
    ]);
    expect(dashboard.weeks.map((w) => [w.orders, w.revenuePaise])).toEqual([
      [1, 24 * 30_000],
      [0, 0],
      [0, 0],
      [1, 0], // declined: an order, no revenue
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 12 * 45_000],
      [3, 12 * 45_000 + 6 * 30_000],
    ]);
    expect(dashboard.topDesigns).toEqual([
      { code: "D-0200", title: "Straight kurti", pieces: 30 },
      { code: "D-0142", title: "Anarkali", pieces: 24 },
    ]);
    expect(dashboard.topBuyers).toEqual([
      { buyerId: meena.buyer.id, name: "Meena Fashions", revenuePaise: 24 * 45_000, orders: 2 },
      { buyerId: anjali.buyer.id, name: "Anjali Boutique", revenuePaise: 30 * 30_000, orders: 2 },
    ]);
    // Unpaid: the ACCEPTED ones (nothing paid) and the DELIVERED one (1 paisa paid); the PACKED one is paid in full.
    expect(dashboard.waiting).toEqual({ toAccept: 1, toPack: 2, toDispatch: 1, unpaid: 3 });
  });
});

describe("order again", () => {
  it("puts the lines back as open picks at today's prices, replying to the design posts, and skips what cannot come back", async () => {
    const { owner, business } = await createSupplier();
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const d142 = await createDesign(business.id, owner.id, { code: "D-0142", colours: ["Red", "Mustard"], pricePerPiecePaise: 40_000 });
    const loose = await createDesign(business.id, owner.id, { code: "D-0200", soldLoose: true, pricePerPiecePaise: 30_000 });
    const archived = await createDesign(business.id, owner.id, { code: "D-0300" });
    const gone = await createDesign(business.id, owner.id, { code: "D-0400" });
    const recoloured = await createDesign(business.id, owner.id, { code: "D-0500", colours: ["Green"] });
    const olderPost = await postDesigns(meena.conversation.id, owner.id, [d142.id, loose.id]);
    const newerPost = await postDesigns(meena.conversation.id, owner.id, [d142.id]);
    const order = await createOrder({
      businessId: business.id,
      conversationId: meena.conversation.id,
      buyerId: meena.buyer.id,
      status: "DELIVERED",
      lines: [
        { design: d142, colour: "Red", sets: 3, pieces: 18 },
        { design: loose, sets: null, sizePieces: { M: 4, L: 2 }, pieces: 6 },
        { design: archived, sets: 1, pieces: 6 },
        { design: gone, sets: 1, pieces: 6 },
        { design: recoloured, colour: "Pink", sets: 1, pieces: 6 },
      ],
    });
    const db = getDb();
    await db.design.update({ where: { id: d142.id }, data: { pricePerPiecePaise: 45_000 } });
    await db.design.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await db.design.delete({ where: { id: gone.id } });
    const messagesBefore = await db.message.count({ where: { conversationId: meena.conversation.id } });

    const id = requestId();
    const result = await orderAgain(meena.buyer, { orderId: order.id, clientId: id });
    expect(result.conversationId).toBe(meena.conversation.id);
    expect(result.picks.map((p) => [p.code, p.pieces, p.totalPaise])).toEqual([
      ["D-0142", 18, 18 * 45_000],
      ["D-0200", 6, 6 * 30_000],
    ]);
    expect(result.skipped.map((s) => [s.position, s.code, s.reason])).toEqual([
      [2, "D-0300", "DESIGN_ARCHIVED"],
      [3, "D-0400", "DESIGN_DELETED"],
      [4, "D-0500", "COLOUR_UNAVAILABLE"],
    ]);
    expect(result.skipped[0]?.message).toBe("This design is not available any more.");

    const picks = await db.pick.findMany({ where: { conversationId: meena.conversation.id }, orderBy: { message: { seq: "asc" } }, include: { message: true } });
    expect(picks.map((p) => [p.status, p.buyerId, p.designId, p.colour, p.sets, p.sizePieces, p.pricePerPiecePaise, p.orderId])).toEqual([
      ["OPEN", meena.buyer.id, d142.id, "Red", 3, null, 45_000, null],
      ["OPEN", meena.buyer.id, loose.id, null, null, { M: 4, L: 2 }, 30_000, null],
    ]);
    expect(picks.map((p) => [p.message?.kind, p.message?.body, p.message?.parentId, p.message?.authorId, p.message?.clientId])).toEqual([
      ["PICK", "D-0142 Red, 3 sets = 18 pcs, Rs 8,100", newerPost, meena.buyer.id, `${id}-0`],
      ["PICK", "D-0200, M:4 L:2 = 6 pcs, Rs 1,800", olderPost, meena.buyer.id, `${id}-1`],
    ]);
    expect(await db.message.count({ where: { conversationId: meena.conversation.id } })).toBe(messagesBefore + 2);

    // A retry, and three copies at once, return the same picks and add nothing.
    const again = await Promise.all([1, 2, 3].map(() => orderAgain(meena.buyer, { orderId: order.id, clientId: id })));
    for (const repeat of again) expect(repeat.picks.map((p) => p.pickId)).toEqual(result.picks.map((p) => p.pickId));
    expect(await db.pick.count({ where: { conversationId: meena.conversation.id } })).toBe(2);
    // A new request is a new tray fill.
    const concurrent = await Promise.all([1, 2].map(() => orderAgain(meena.buyer, { orderId: order.id, clientId: `${id}x` })));
    expect(concurrent[0]?.picks.map((p) => p.pickId)).toEqual(concurrent[1]?.picks.map((p) => p.pickId));
    expect(await db.pick.count({ where: { conversationId: meena.conversation.id } })).toBe(4);
  });

  it("brings back designs posted without sizes (free size, one piece a set) like any other", async () => {
    const { owner, business } = await createSupplier();
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const freeSize = await createDesign(business.id, owner.id, { code: "D-0600", setComposition: [], pricePerPiecePaise: 25_000 });
    await postDesigns(meena.conversation.id, owner.id, [freeSize.id]);
    const order = await createOrder({ businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id, status: "DELIVERED", lines: [{ design: freeSize, sets: 4, pieces: 4 }] });
    const result = await orderAgain(meena.buyer, { orderId: order.id, clientId: requestId() });
    expect(result.skipped).toEqual([]);
    expect(result.picks.map((p) => [p.code, p.pieces, p.totalPaise])).toEqual([["D-0600", 4, 100_000]]);
  });

  it("skips designs whose sizing or minimum changed, and writes nothing when nothing can come back", async () => {
    const { owner, business } = await createSupplier();
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const nowLoose = await createDesign(business.id, owner.id, { code: "D-0600" });
    const higherMinimum = await createDesign(business.id, owner.id, { code: "D-0700" });
    const order = await createOrder({
      businessId: business.id,
      conversationId: meena.conversation.id,
      buyerId: meena.buyer.id,
      lines: [
        { design: nowLoose, sets: 2, pieces: 12 },
        { design: higherMinimum, sets: 2, pieces: 12 },
      ],
    });
    const db = getDb();
    await db.design.update({ where: { id: nowLoose.id }, data: { soldLoose: true } });
    await db.design.update({ where: { id: higherMinimum.id }, data: { minimumSets: 5 } });
    const result = await orderAgain(meena.buyer, { orderId: order.id, clientId: requestId() });
    expect(result.picks).toEqual([]);
    expect(result.skipped.map((s) => s.reason)).toEqual(["SIZES_CHANGED", "BELOW_MINIMUM"]);
    expect(await db.pick.count({ where: { conversationId: meena.conversation.id } })).toBe(0);
    expect(await db.message.count({ where: { conversationId: meena.conversation.id } })).toBe(0);
  });
});
