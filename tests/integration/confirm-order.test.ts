import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { getTray } from "@/lib/picks/get-tray";
import { removePick } from "@/lib/picks/remove-pick";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { createSupplier } from "../support/factories";
import { addBuyer, clientId, createDesign, createShop, orderTableCounts, pick, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

/** Settles every promise; returns the orders made and the errors, which must all be AppErrors. */
async function settle<T>(work: Array<Promise<T>>) {
  const results = await Promise.allSettled(work);
  const values = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const errors = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  for (const error of errors) expect(error, String(error)).toBeInstanceOf(AppError);
  return { values, errors: errors as AppError[] };
}

describe("confirming the tray", () => {
  it("makes order #1001 from the open picks: snapshot lines, server totals, a PLACED event and an order card", async () => {
    const shop = await createShop({ title: "Bandhani Anarkali Kurti", pricePerPiecePaise: 45_000 });
    const loose = await createDesign(shop.business.id, shop.owner.id, { title: "Rayon A-line", soldLoose: true, pricePerPiecePaise: 38_000, colours: [] });
    await postDesigns(shop.owner, shop.conversation.id, [loose.id]);
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 3 });
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1, colour: "Mustard" });
    await pick(shop.buyer, shop.conversation.id, loose.id, { sizePieces: { M: 4, XL: 2 }, colour: null });
    // A picked design's price or title changing later does not reach the order.
    await getDb().design.update({ where: { id: shop.design.id }, data: { pricePerPiecePaise: 1 } });

    const heard: ChatEvent[] = [];
    const off = subscribe(shop.staff.id, ({ event }) => heard.push(event));
    const order = await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() });
    off();

    const expectedTotal = 24 * 45_000 + 6 * 38_000;
    expect(order).toMatchObject({ number: 1001, status: "PLACED", totalPieces: 30, totalPaise: expectedTotal, lines: 3 });
    const db = getDb();
    const stored = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: { orderBy: { position: "asc" } }, events: true, messages: true } });
    expect(stored.lines.map((l) => [l.position, l.code, l.colour, l.sets, l.sizePieces, l.pieces, l.pricePerPiecePaise, l.totalPaise])).toEqual([
      [0, shop.design.code, "Red", 3, null, 18, 45_000, 810_000],
      [1, shop.design.code, "Mustard", 1, null, 6, 45_000, 270_000],
      [2, loose.code, null, null, { M: 4, XL: 2 }, 6, 38_000, 228_000],
    ]);
    expect(stored.lines[0]?.title).toBe("Bandhani Anarkali Kurti");
    expect(stored.events.map((e) => [e.type, e.actorId])).toEqual([["PLACED", shop.buyer.id]]);
    const text = `Order #1001 placed: 2 designs, 30 pcs, Rs 13,080`;
    expect(stored.messages.map((m) => [m.kind, m.body, m.authorId])).toEqual([["ORDER", text, shop.buyer.id]]);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: shop.conversation.id } })).lastMessagePreview).toBe(text);
    expect(await db.pick.count({ where: { orderId: order.id, status: "ORDERED" } })).toBe(3);
    expect((await getTray(shop.buyer, { conversationId: shop.conversation.id })).picks).toEqual([]);
    expect((await db.business.findUniqueOrThrow({ where: { id: shop.business.id } })).nextOrderNumber).toBe(1002);
    expect(heard.map((e) => e.type)).toEqual(["message.posted", "order.updated"]);
    expect(heard[1]).toMatchObject({ type: "order.updated", conversationId: shop.conversation.id, orderId: order.id, status: "PLACED", order: { id: order.id, status: "PLACED" } });
  });

  it("returns the same order for a repeat of the key, and refuses an empty tray", async () => {
    const shop = await createShop();
    await pick(shop.buyer, shop.conversation.id, shop.design.id);
    const key = clientId();
    const first = await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: key });
    const before = await orderTableCounts();
    expect(await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: key })).toEqual(first);
    const empty = await rejection(confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() }));
    expect([empty.code, empty.message]).toEqual(["INVALID", "Your tray is empty."]);
    expect(await orderTableCounts()).toEqual(before);
  });

  it("confirms only the named picks, and refuses the lot if one of them is no longer open", async () => {
    const shop = await createShop();
    const a = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1 });
    const b = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    const c = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 3 });
    await removePick(shop.buyer, { pickId: c.id });
    const before = await orderTableCounts();
    const stale = await rejection(confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId(), pickIds: [a.id, c.id] }));
    expect([stale.code, stale.message]).toEqual(["CONFLICT", "Some of these picks were already ordered or removed. Review your tray."]);
    expect(await orderTableCounts()).toEqual(before);

    const order = await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId(), pickIds: [b.id] });
    expect(order).toMatchObject({ number: 1001, totalPieces: 12, lines: 1 });
    expect((await getTray(shop.buyer, { conversationId: shop.conversation.id })).picks.map((p) => p.id)).toEqual([a.id]);
  });

  it("makes exactly one order from 20 concurrent confirmations with the same key", async () => {
    const shop = await createShop();
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 3, colour: "Mustard" });
    const key = clientId();
    const { values, errors } = await settle(Array.from({ length: 20 }, () => confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: key })));
    expect(errors).toEqual([]);
    expect(new Set(values.map((o) => o.id)).size).toBe(1);
    expect(values[0]).toMatchObject({ number: 1001, lines: 2 });
    const db = getDb();
    expect(await db.order.count({ where: { businessId: shop.business.id } })).toBe(1);
    expect(await db.orderLine.count({ where: { orderId: values[0]!.id } })).toBe(2);
    expect(await db.message.count({ where: { conversationId: shop.conversation.id, kind: "ORDER" } })).toBe(1);
    expect((await db.business.findUniqueOrThrow({ where: { id: shop.business.id } })).nextOrderNumber).toBe(1002);
  });

  it("makes exactly one order from 20 concurrent confirmations of one tray with different keys", async () => {
    const shop = await createShop();
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 3, colour: "Mustard" });
    const { values, errors } = await settle(Array.from({ length: 20 }, () => confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() })));
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ number: 1001, lines: 2 });
    expect(errors).toHaveLength(19);
    for (const error of errors) {
      expect(["Your tray is empty.", "Some of these picks were already ordered or removed. Review your tray."]).toContain(error.message);
    }
    const db = getDb();
    expect(await db.order.count({ where: { businessId: shop.business.id } })).toBe(1);
    expect(await db.pick.count({ where: { conversationId: shop.conversation.id, orderId: values[0]!.id } })).toBe(2);
    expect((await db.business.findUniqueOrThrow({ where: { id: shop.business.id } })).nextOrderNumber).toBe(1002);
  });

  it("numbers concurrent orders of several buyers 1001, 1002, ... without gaps or repeats", async () => {
    const shop = await createShop();
    const buyers = [{ buyer: shop.buyer, conversation: shop.conversation }];
    for (let i = 0; i < 5; i++) buyers.push(await addBuyer(shop.owner, shop.business.id, [shop.design.id], `Buyer ${i}`));
    const trays = [];
    for (const { buyer, conversation } of buyers) {
      const first = await pick(buyer, conversation.id, shop.design.id, { sets: 1 });
      const second = await pick(buyer, conversation.id, shop.design.id, { sets: 2 });
      trays.push({ buyer, conversationId: conversation.id, pickIds: [first.id, second.id] });
    }
    // All at once: each pick confirmed on its own twice with one key (a double tap), plus a
    // confirmation of the whole tray with another key.
    const attempts = trays.flatMap(({ buyer, conversationId, pickIds }) => {
      const keys = pickIds.map(() => clientId());
      return [
        ...pickIds.flatMap((id, i) => [0, 1].map(() => confirmOrder(buyer, { conversationId, idempotencyKey: keys[i]!, pickIds: [id] }))),
        confirmOrder(buyer, { conversationId, idempotencyKey: clientId() }),
      ];
    });
    await settle(attempts);
    const orders = await getDb().order.findMany({ where: { businessId: shop.business.id }, select: { number: true, _count: { select: { lines: true } } }, orderBy: { number: "asc" } });
    const picksOrdered = await getDb().pick.count({ where: { conversation: { businessId: shop.business.id }, status: "ORDERED" } });
    expect(picksOrdered).toBe(12);
    expect(orders.reduce((sum, o) => sum + o._count.lines, 0)).toBe(12);
    expect(orders.map((o) => o.number)).toEqual(Array.from({ length: orders.length }, (_, i) => 1001 + i));
    expect((await getDb().business.findUniqueOrThrow({ where: { id: shop.business.id } })).nextOrderNumber).toBe(1001 + orders.length);
  });

  it("keeps each business's numbers separate", async () => {
    const a = await createShop();
    const b = await createShop();
    await pick(a.buyer, a.conversation.id, a.design.id);
    await pick(b.buyer, b.conversation.id, b.design.id);
    const [first, second] = await Promise.all([
      confirmOrder(a.buyer, { conversationId: a.conversation.id, idempotencyKey: clientId() }),
      confirmOrder(b.buyer, { conversationId: b.conversation.id, idempotencyKey: clientId() }),
    ]);
    expect([first.number, second.number]).toEqual([1001, 1001]);
  });

  it("lets nobody but the buyer confirm the buyer's picks, and writes nothing", async () => {
    const shop = await createShop();
    const meenasPick = await pick(shop.buyer, shop.conversation.id, shop.design.id);
    const anjali = await addBuyer(shop.owner, shop.business.id, [shop.design.id]);
    await pick(anjali.buyer, anjali.conversation.id, shop.design.id);
    const other = await createSupplier();
    const before = await orderTableCounts();

    const missing = await rejection(confirmOrder(anjali.buyer, { conversationId: "no-such-conversation", idempotencyKey: clientId() }));
    for (const actor of [anjali.buyer, other.owner]) {
      expect((await rejection(confirmOrder(actor, { conversationId: shop.conversation.id, idempotencyKey: clientId() }))).message).toBe(missing.message);
    }
    for (const member of [shop.owner, shop.staff]) {
      expect((await rejection(confirmOrder(member, { conversationId: shop.conversation.id, idempotencyKey: clientId() }))).code).toBe("FORBIDDEN");
    }
    // Naming Meena's pick in Anjali's own conversation finds no such open pick of hers.
    const smuggled = await rejection(confirmOrder(anjali.buyer, { conversationId: anjali.conversation.id, idempotencyKey: clientId(), pickIds: [meenasPick.id] }));
    expect(smuggled.code).toBe("CONFLICT");
    expect(await orderTableCounts()).toEqual(before);
  });

  it("refuses a malformed key", async () => {
    const shop = await createShop();
    await pick(shop.buyer, shop.conversation.id, shop.design.id);
    const refused = await rejection(confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: "short" }));
    expect([refused.code, refused.message]).toEqual(["INVALID", "The order id from the app is not valid."]);
  });
});
