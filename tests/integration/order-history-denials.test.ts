import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { getOrder } from "@/lib/orders/get-order";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { listOrders, orderTotals } from "@/lib/orders/list-orders";
import { orderAgain } from "@/lib/orders/order-again";
import { orderDashboard } from "@/lib/orders/order-dashboard";
import { addStaff, createBuyerConversation, createSupplier, tableCounts } from "../support/factories";
import { collect, createDesign, createOrder, parseCsv } from "../support/order-history-factories";
import { rejection } from "../support/rejection";

async function twoBusinesses() {
  const a = await createSupplier("Surat Silk House");
  const aStaff = await addStaff(a.business.id);
  const b = await createSupplier("Jaipur Prints");
  const meena = await createBuyerConversation(a.business.id, "Meena Fashions");
  const anjali = await createBuyerConversation(a.business.id, "Anjali Boutique");
  const design = await createDesign(a.business.id, a.owner.id, { code: "D-0142" });
  const meenaOrder = await createOrder({
    businessId: a.business.id,
    conversationId: meena.conversation.id,
    buyerId: meena.buyer.id,
    lines: [{ design, colour: "Red", sets: 2, pieces: 12 }],
  });
  // Business B has its own order, so "empty" answers below are not just an empty database.
  const bBuyer = await createBuyerConversation(b.business.id, "Kavya Kurtis");
  const bOrder = await createOrder({ businessId: b.business.id, conversationId: bBuyer.conversation.id, buyerId: bBuyer.buyer.id, lines: [{ pieces: 6 }] });
  return { a, aStaff, b, meena, anjali, design, meenaOrder, bBuyer, bOrder };
}

async function pickAndMessageCounts() {
  const db = getDb();
  const [picks, orders] = await Promise.all([db.pick.count(), db.order.count()]);
  return { ...(await tableCounts()), picks, orders };
}

describe("order history denials", () => {
  it("answers a buyer or another business's member asking for a business's orders like a missing business", async () => {
    const { a, aStaff, b, meena } = await twoBusinesses();
    const missing = await rejection(listOrders(a.owner, { businessId: "no-such-business" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("That business was not found, or you don't have access to it.");
    const businessId = a.business.id;
    for (const outsider of [meena.buyer, b.owner]) {
      for (const attempt of [
        () => listOrders(outsider, { businessId }),
        () => orderTotals(outsider, { businessId }),
        () => exportOrdersCsv(outsider, { businessId }),
        () => exportOrdersCsv(outsider, { businessId, kind: "lines" }),
        () => orderDashboard(outsider, { businessId }),
      ]) {
        const denied = await rejection(attempt());
        expect(denied.code).toBe("NOT_FOUND");
        expect(denied.message).toBe(missing.message);
      }
    }
    // The same calls work for the business's own staff, so the refusals above are about who asks.
    expect((await listOrders(aStaff, { businessId })).rows).toHaveLength(1);
    expect((await orderTotals(aStaff, { businessId })).count).toBe(1);
    expect(parseCsv((await collect((await exportOrdersCsv(aStaff, { businessId })).chunks)).text.slice(1))).toHaveLength(2);
    expect((await orderDashboard(aStaff, { businessId })).weeks.at(-1)?.orders).toBe(1);
  });

  it("keeps filters inside the business: another business's buyer or order number finds nothing", async () => {
    const { a, bBuyer, bOrder } = await twoBusinesses();
    expect((await listOrders(a.owner, { businessId: a.business.id, buyerId: bBuyer.buyer.id })).rows).toEqual([]);
    // Both businesses start numbering at 1001, so B's number exists in A only as A's own order.
    const byNumber = await listOrders(a.owner, { businessId: a.business.id, number: bOrder.number });
    expect(byNumber.rows.map((r) => r.id)).not.toContain(bOrder.id);
    expect((await orderTotals(a.owner, { businessId: a.business.id, buyerId: bBuyer.buyer.id })).count).toBe(0);
  });

  it("shows an order only to its buyer and its business's members", async () => {
    const { a, aStaff, b, anjali, meena, meenaOrder } = await twoBusinesses();
    const missing = await rejection(getOrder(meena.buyer, { orderId: "no-such-order" }));
    expect(missing.message).toBe("That order was not found, or you don't have access to it.");
    for (const outsider of [b.owner, anjali.buyer]) {
      const denied = await rejection(getOrder(outsider, { orderId: meenaOrder.id }));
      expect(denied.code).toBe("NOT_FOUND");
      expect(denied.message).toBe(missing.message);
    }
    for (const allowed of [meena.buyer, a.owner, aStaff]) expect((await getOrder(allowed, { orderId: meenaOrder.id })).id).toBe(meenaOrder.id);
  });

  it("lists in My orders only the buyer's own orders; members buying nothing see none", async () => {
    const { a, anjali, meena, meenaOrder } = await twoBusinesses();
    expect((await listMyOrders(meena.buyer)).rows.map((r) => r.id)).toEqual([meenaOrder.id]);
    expect((await listMyOrders(anjali.buyer)).rows).toEqual([]);
    expect((await listMyOrders(a.owner)).rows).toEqual([]);
  });

  it("lets nobody but the buyer order again, and writes nothing when refused", async () => {
    const { a, aStaff, b, anjali, meena, meenaOrder } = await twoBusinesses();
    const before = await pickAndMessageCounts();
    const missing = await rejection(orderAgain(meena.buyer, { orderId: "no-such-order", clientId: randomBytes(10).toString("hex") }));
    for (const outsider of [anjali.buyer, a.owner, aStaff, b.owner]) {
      const denied = await rejection(orderAgain(outsider, { orderId: meenaOrder.id, clientId: randomBytes(10).toString("hex") }));
      expect(denied.code).toBe("NOT_FOUND");
      expect(denied.message).toBe(missing.message);
    }
    expect(await pickAndMessageCounts()).toEqual(before);
    // The buyer can, so the refusals above are about who asks.
    expect((await orderAgain(meena.buyer, { orderId: meenaOrder.id, clientId: randomBytes(10).toString("hex") })).picks).toHaveLength(1);
  });
});
