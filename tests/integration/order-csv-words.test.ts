// The CSV export says an order's status in the words the screen uses ("Waiting for supplier"),
// not the database's codes (PLACED).
import { describe, expect, it } from "vitest";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { collect, createDesign, createOrder, parseCsv } from "../support/order-history-factories";

describe("the orders export", () => {
  it("shows each status as the screen words it", async () => {
    const { owner, business } = await createSupplier("Surat Silk House");
    const meena = await createBuyerConversation(business.id, "Meena Fashions");
    const design = await createDesign(business.id, owner.id, { code: "D-0001" });
    const m = { businessId: business.id, conversationId: meena.conversation.id, buyerId: meena.buyer.id };
    await createOrder({ ...m, status: "PLACED", lines: [{ design, pieces: 6 }] });
    await createOrder({ ...m, status: "DISPATCHED", lines: [{ design, pieces: 6 }] });
    const records = parseCsv((await collect((await exportOrdersCsv(owner, { businessId: business.id, kind: "orders" })).chunks)).text);
    expect(records[0]?.[3]).toBe("Status");
    expect(records.slice(1).map((record) => record[3])).toEqual(["Dispatched", "Waiting for supplier"]);
  });
});
