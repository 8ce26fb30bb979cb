import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acceptOrder } from "@/lib/orders/accept-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { declineOrder } from "@/lib/orders/decline-order";
import { editOrderLines } from "@/lib/orders/edit-order-lines";
import { markDelivered } from "@/lib/orders/mark-delivered";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { markPacked } from "@/lib/orders/mark-packed";
import { recordPayment } from "@/lib/orders/record-payment";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { createSupplier } from "../support/factories";
import { addBuyer, clientId, createPhotoRow, createShop, orderTableCounts, pick, placeOrder } from "../support/order-factories";
import { rejection } from "../support/rejection";

async function timeline(orderId: string) {
  const db = getDb();
  const events = await db.orderEvent.findMany({ where: { orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { type: true, actorId: true, data: true } });
  const lines = await db.message.findMany({ where: { orderId }, orderBy: { seq: "asc" }, select: { kind: true, body: true, authorId: true, meta: true } });
  return { events, lines };
}

async function namedShop() {
  const shop = await createShop({ pricePerPiecePaise: 45_000, minimumSets: 1 });
  const db = getDb();
  const staff = await db.user.update({ where: { id: shop.staff.id }, data: { name: "Priya" }, select: { id: true, name: true } });
  const buyer = await db.user.update({ where: { id: shop.buyer.id }, data: { name: "Meena" }, select: { id: true, name: true } });
  return { ...shop, staff, buyer };
}

describe("the order lifecycle", () => {
  it("goes PLACED → ACCEPTED → paid → PACKED → DISPATCHED → DELIVERED with events and system lines in order", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop, 3);
    const photo = await createPhotoRow(shop.business.id, shop.staff.id);
    const heard: ChatEvent[] = [];
    const off = subscribe(shop.buyer.id, ({ event }) => heard.push(event));

    expect((await acceptOrder(shop.staff, { orderId: order.id })).status).toBe("ACCEPTED");
    await recordPayment(shop.owner, { orderId: order.id, amountPaise: 500_000, method: "UPI", reference: "1234" });
    await recordPayment(shop.staff, { orderId: order.id, amountPaise: 310_000, method: "CASH" });
    expect((await markPacked(shop.staff, { orderId: order.id })).status).toBe("PACKED");
    await markDispatched(shop.staff, { orderId: order.id, transporter: "VRL Logistics", lrNumber: "5566", parcels: 3, lrPhotoId: photo.id });
    expect((await markDelivered(shop.staff, { orderId: order.id })).status).toBe("DELIVERED");
    off();

    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: { orderBy: { amountPaise: "desc" } } } });
    expect(stored).toMatchObject({ status: "DELIVERED", paidPaise: 810_000, transporter: "VRL Logistics", lrNumber: "5566", parcels: 3, lrPhotoId: photo.id });
    expect(stored.payments.map((p) => [p.amountPaise, p.method, p.reference, p.recordedById])).toEqual([
      [500_000, "UPI", "1234", shop.owner.id],
      [310_000, "CASH", null, shop.staff.id],
    ]);
    const { events, lines } = await timeline(order.id);
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["PLACED", shop.buyer.id],
      ["ACCEPTED", shop.staff.id],
      ["PAYMENT_RECORDED", shop.owner.id],
      ["PAYMENT_RECORDED", shop.staff.id],
      ["PACKED", shop.staff.id],
      ["DISPATCHED", shop.staff.id],
      ["DELIVERED", shop.staff.id],
    ]);
    expect(events[5]?.data).toMatchObject({ from: "PACKED", to: "DISPATCHED", transporter: "VRL Logistics", lrNumber: "5566", parcels: 3 });
    expect(lines.map((l) => l.body)).toEqual([
      "Order #1001 placed: 1 design, 18 pcs, Rs 8,100",
      "Order #1001 accepted by Priya",
      "Order #1001: payment of Rs 5,000 received by UPI (ref 1234)",
      "Order #1001: payment of Rs 3,100 received in cash",
      "Order #1001 packed by Priya",
      "Order #1001 dispatched by VRL Logistics, LR 5566, 3 parcels",
      "Order #1001 marked delivered by Priya",
    ]);
    expect(lines.slice(1).every((l) => l.kind === "SYSTEM" && l.authorId === null)).toBe(true);
    expect(lines.slice(1).map((l) => (l.meta as { orderEvent: string }).orderEvent)).toEqual(events.slice(1).map((e) => e.type));
    const statuses = heard.flatMap((e) => (e.type === "order.updated" ? [e.status] : []));
    expect(statuses).toEqual(["ACCEPTED", "ACCEPTED", "ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"]);
    expect(heard.filter((e) => e.type === "message.posted")).toHaveLength(6);
  });

  it("refuses illegal moves with a clear message and writes nothing", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const before = await orderTableCounts();
    const says = async (work: Promise<unknown>) => {
      const error = await rejection(work);
      expect(error.code).toBe("CONFLICT");
      return error.message;
    };
    expect(await says(markPacked(shop.owner, { orderId: order.id }))).toBe("Order #1001 is not accepted yet and can't be packed.");
    expect(await says(markDelivered(shop.owner, { orderId: order.id }))).toBe("Order #1001 is not accepted yet and can't be marked delivered.");
    expect(await orderTableCounts()).toEqual(before);

    await acceptOrder(shop.owner, { orderId: order.id });
    expect(await says(acceptOrder(shop.staff, { orderId: order.id }))).toBe("Order #1001 is already accepted.");
    expect(await says(declineOrder(shop.staff, { orderId: order.id, reason: "No stock" }))).toBe("Order #1001 is already accepted and can't be declined.");
    await markDispatched(shop.owner, { orderId: order.id, transporter: "VRL Logistics", lrNumber: "5566", parcels: 1 });
    const dispatched = await orderTableCounts();
    expect(await says(cancelOrder(shop.buyer, { orderId: order.id, reason: "Changed my mind" }))).toBe("Order #1001 is already dispatched and can't be cancelled.");
    expect(await says(cancelOrder(shop.owner, { orderId: order.id, reason: "Oops" }))).toBe("Order #1001 is already dispatched and can't be cancelled.");
    expect(await says(editOrderLines(shop.owner, { orderId: order.id, lines: [{ lineId: "x", sets: 1 }] }))).toBe("Order #1001 is already dispatched and can't be changed.");
    expect(await orderTableCounts()).toEqual(dispatched);
  });

  it("declines with a reason, after which no payment is taken", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const noReason = await rejection(declineOrder(shop.staff, { orderId: order.id, reason: "  " }));
    expect([noReason.code, noReason.message]).toEqual(["INVALID", "Say why the order is declined."]);
    await declineOrder(shop.staff, { orderId: order.id, reason: "Out of stock in Red" });
    const { events, lines } = await timeline(order.id);
    expect(events.at(-1)).toMatchObject({ type: "DECLINED", data: { reason: "Out of stock in Red" } });
    expect(lines.at(-1)?.body).toBe("Order #1001 declined by Priya: Out of stock in Red");
    const before = await orderTableCounts();
    const refused = await rejection(recordPayment(shop.owner, { orderId: order.id, amountPaise: 100, method: "UPI" }));
    expect(refused.message).toBe("Order #1001 is declined and can't take payments.");
    expect(await orderTableCounts()).toEqual(before);
  });

  it("lets the buyer cancel their own order before dispatch, but not accept, pay, pack or dispatch it", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    await acceptOrder(shop.owner, { orderId: order.id });
    const before = await orderTableCounts();
    const tries: Array<[string, () => Promise<unknown>]> = [
      ["Only the supplier can accept orders.", () => acceptOrder(shop.buyer, { orderId: order.id })],
      ["Only the supplier can record payments.", () => recordPayment(shop.buyer, { orderId: order.id, amountPaise: 100, method: "UPI" })],
      ["Only the supplier can mark orders packed.", () => markPacked(shop.buyer, { orderId: order.id })],
      ["Only the supplier can mark orders dispatched.", () => markDispatched(shop.buyer, { orderId: order.id, transporter: "Self", lrNumber: "1", parcels: 1 })],
      ["Only the supplier can change an order's quantities.", () => editOrderLines(shop.buyer, { orderId: order.id, lines: [{ lineId: "x", sets: 9 }] })],
    ];
    for (const [message, work] of tries) {
      const error = await rejection(work());
      expect([error.code, error.message]).toEqual(["FORBIDDEN", message]);
    }
    expect(await orderTableCounts()).toEqual(before);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("ACCEPTED");

    await cancelOrder(shop.buyer, { orderId: order.id, reason: "Ordered twice by mistake" });
    const { events, lines } = await timeline(order.id);
    expect(events.at(-1)).toMatchObject({ type: "CANCELLED", actorId: shop.buyer.id, data: { reason: "Ordered twice by mistake" } });
    expect(lines.at(-1)?.body).toBe("Order #1001 cancelled by Meena: Ordered twice by mistake");
  });

  it("hides the order from another buyer and another business exactly like a missing one", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const anjali = await addBuyer(shop.owner, shop.business.id, []);
    const other = await createSupplier();
    const foreignPhoto = await createPhotoRow(other.business.id, other.owner.id);
    const before = await orderTableCounts();
    const missing = await rejection(acceptOrder(shop.owner, { orderId: "no-such-order" }));
    expect(missing.code).toBe("NOT_FOUND");
    const attempts = (actor: Actor): Array<() => Promise<unknown>> => [
      () => acceptOrder(actor, { orderId: order.id }),
      () => declineOrder(actor, { orderId: order.id, reason: "x" }),
      () => recordPayment(actor, { orderId: order.id, amountPaise: 100, method: "UPI" }),
      () => markPacked(actor, { orderId: order.id }),
      () => markDispatched(actor, { orderId: order.id, transporter: "T", lrNumber: "1", parcels: 1 }),
      () => markDelivered(actor, { orderId: order.id }),
      () => cancelOrder(actor, { orderId: order.id, reason: "x" }),
      () => editOrderLines(actor, { orderId: order.id, lines: [{ lineId: "x", sets: 1 }] }),
    ];
    for (const actor of [anjali.buyer, other.owner]) {
      for (const work of attempts(actor)) expect((await rejection(work())).message).toBe(missing.message);
    }
    // A lorry receipt photo of another business can't be attached either.
    await acceptOrder(shop.owner, { orderId: order.id });
    const accepted = await orderTableCounts();
    const photo = await rejection(markDispatched(shop.owner, { orderId: order.id, transporter: "T", lrNumber: "1", parcels: 1, lrPhotoId: foreignPhoto.id }));
    expect(photo.code).toBe("NOT_FOUND");
    expect(await orderTableCounts()).toEqual(accepted);
    expect(accepted.orderEvents).toBe(before.orderEvents + 1);
  });

  it("lets exactly one of two concurrent accepts win", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const results = await Promise.allSettled([acceptOrder(shop.owner, { orderId: order.id }), acceptOrder(shop.staff, { orderId: order.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && loser.reason).toBeInstanceOf(AppError);
    expect(loser?.status === "rejected" && (loser.reason as AppError).message).toBe("Order #1001 is already accepted.");
    const { events, lines } = await timeline(order.id);
    expect(events.filter((e) => e.type === "ACCEPTED")).toHaveLength(1);
    expect(lines.filter((l) => l.kind === "SYSTEM")).toHaveLength(1);
  });

  it("lets exactly one of exclusive concurrent moves win (accept or decline; dispatch or cancel), and adds up concurrent payments", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const [accepted, declined] = await Promise.allSettled([acceptOrder(shop.owner, { orderId: order.id }), declineOrder(shop.staff, { orderId: order.id, reason: "No stock" })]);
    expect([accepted.status, declined.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const decided = (await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status;
    expect(decided).toBe(accepted.status === "fulfilled" ? "ACCEPTED" : "DECLINED");

    const another = await placeOrder(shop);
    await acceptOrder(shop.owner, { orderId: another.id });
    const [dispatched, cancelled] = await Promise.allSettled([
      markDispatched(shop.staff, { orderId: another.id, transporter: "VRL Logistics", lrNumber: "77", parcels: 1 }),
      cancelOrder(shop.buyer, { orderId: another.id, reason: "Too late" }),
    ]);
    expect([dispatched.status, cancelled.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const events = await getDb().orderEvent.findMany({ where: { orderId: another.id, type: { in: ["DISPATCHED", "CANCELLED"] } } });
    expect(events).toHaveLength(1);

    const second = await placeOrder(shop);
    await Promise.all(Array.from({ length: 5 }, () => recordPayment(shop.staff, { orderId: second.id, amountPaise: 10_000, method: "UPI" })));
    const paid = await getDb().order.findUniqueOrThrow({ where: { id: second.id }, include: { _count: { select: { payments: true, events: true } } } });
    expect(paid.paidPaise).toBe(50_000);
    expect(paid._count).toEqual({ payments: 5, events: 6 });
  });

  it("checks payment input", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop);
    const before = await orderTableCounts();
    expect((await rejection(recordPayment(shop.owner, { orderId: order.id, amountPaise: 0, method: "UPI" }))).message).toBe("Enter the amount received.");
    expect((await rejection(recordPayment(shop.owner, { orderId: order.id, amountPaise: 100, method: "BITCOIN" }))).message).toBe("Choose how it was paid.");
    const future = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    expect((await rejection(recordPayment(shop.owner, { orderId: order.id, amountPaise: 100, method: "UPI", receivedAt: future }))).message).toBe("The payment date can't be in the future.");
    expect((await rejection(markDispatched(shop.owner, { orderId: order.id, transporter: "VRL", lrNumber: "1", parcels: 0 }))).message).toBe("At least 1 parcel.");
    expect(await orderTableCounts()).toEqual(before);
  });
});

describe("editing an order's quantities", () => {
  it("changes sets of an accepted order, recomputes totals at the ordered price and keeps before/after in the event", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop, 3);
    await acceptOrder(shop.owner, { orderId: order.id });
    await getDb().design.update({ where: { id: shop.design.id }, data: { pricePerPiecePaise: 99_000 } });
    const [line] = await getDb().orderLine.findMany({ where: { orderId: order.id } });
    await editOrderLines(shop.staff, { orderId: order.id, lines: [{ lineId: line!.id, sets: 2 }] });

    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(stored).toMatchObject({ status: "ACCEPTED", totalPieces: 12, totalPaise: 540_000 });
    expect(stored.lines[0]).toMatchObject({ sets: 2, pieces: 12, pricePerPiecePaise: 45_000, totalPaise: 540_000 });
    const { events, lines } = await timeline(order.id);
    expect(events.at(-1)).toMatchObject({
      type: "EDITED",
      actorId: shop.staff.id,
      data: {
        before: [{ lineId: line!.id, sets: 3, pieces: 18, totalPaise: 810_000 }],
        after: [{ lineId: line!.id, sets: 2, pieces: 12, totalPaise: 540_000 }],
        totalPaiseBefore: 810_000,
        totalPaiseAfter: 540_000,
      },
    });
    expect(lines.at(-1)?.body).toBe("Order #1001 changed by Priya: now 12 pcs, Rs 5,400");

    const same = await rejection(editOrderLines(shop.staff, { orderId: order.id, lines: [{ lineId: line!.id, sets: 2 }] }));
    expect(same.message).toBe("Those are the quantities already in the order.");
    const otherLine = await rejection(editOrderLines(shop.staff, { orderId: order.id, lines: [{ lineId: "not-a-line", sets: 2 }] }));
    expect(otherLine.code).toBe("NOT_FOUND");
    expect((await timeline(order.id)).events).toHaveLength(events.length);
  });

  it("changes loose pieces per size", async () => {
    const shop = await createShop({ soldLoose: true, colours: [], pricePerPiecePaise: 30_000 });
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { colour: null, sizePieces: { M: 6, L: 6 } });
    const order = await confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() });
    const [line] = await getDb().orderLine.findMany({ where: { orderId: order.id } });
    await editOrderLines(shop.owner, { orderId: order.id, lines: [{ lineId: line!.id, sizePieces: { M: 4, XL: 2 } }] });
    const stored = await getDb().order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(stored.lines[0]).toMatchObject({ sets: null, sizePieces: { M: 4, XL: 2 }, pieces: 6, totalPaise: 180_000 });
    expect(stored).toMatchObject({ totalPieces: 6, totalPaise: 180_000 });
    const unchanged = await rejection(editOrderLines(shop.owner, { orderId: order.id, lines: [{ lineId: line!.id, sizePieces: { XL: 2, M: 4 } }] }));
    expect(unchanged.message).toBe("Those are the quantities already in the order.");
    const wrongMode = await rejection(editOrderLines(shop.owner, { orderId: order.id, lines: [{ lineId: line!.id, sets: 2 }] }));
    expect(wrongMode.message).toBe(`${shop.design.code} was ordered loose: change the pieces per size.`);
  });
});

describe("recording a payment twice", () => {
  it("records one payment when the same payment id arrives again, also concurrently", async () => {
    const shop = await namedShop();
    const order = await placeOrder(shop, 3);
    await acceptOrder(shop.owner, { orderId: order.id });
    const payment = { orderId: order.id, amountPaise: 200_000, method: "UPI" as const, reference: "UPI 77", clientId: clientId() };
    const copies = await Promise.all([1, 2, 3].map(() => recordPayment(shop.owner, payment)));
    const later = await recordPayment(shop.staff, payment);
    expect(new Set([...copies, later].map((c) => c.eventId)).size).toBe(1);
    expect(new Set([...copies, later].map((c) => c.messageId)).size).toBe(1);
    const db = getDb();
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paidPaise).toBe(200_000);
    // A new payment id is a new payment.
    await recordPayment(shop.owner, { ...payment, clientId: clientId() });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).paidPaise).toBe(400_000);
  });
});
