// The Orders page filtered by a buyer label: the list, its totals and the CSV export show the
// orders of the labelled buyers only, and a label of another business matches nothing.
import { describe, expect, it } from "vitest";
import { saveLabel, setLabelBuyers } from "@/lib/labels/labels";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { listOrders, orderTotals } from "@/lib/orders/list-orders";
import { createSupplier } from "../support/factories";
import { addBuyer, createShop, placeOrder } from "../support/order-factories";
import { rejection } from "../support/rejection";

async function csvNumbers(chunks: AsyncIterable<string>): Promise<string[]> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  // The first column is the order as people write it: #1042.
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(",")[0]!.replace(/\D/g, ""));
}

describe("orders filtered by label", () => {
  it("show only the labelled buyers' orders in the list, the totals and the export", async () => {
    const shop = await createShop();
    const anjali = await addBuyer(shop.owner, shop.business.id, [shop.design.id], "Anjali");
    const kavya = await addBuyer(shop.owner, shop.business.id, [shop.design.id], "Kavya");
    const meenaOrder = await placeOrder(shop, 2);
    const anjaliOrder = await placeOrder({ buyer: anjali.buyer, conversation: anjali.conversation, design: shop.design }, 3);
    await placeOrder({ buyer: kavya.buyer, conversation: kavya.conversation, design: shop.design }, 4);

    const vip = await saveLabel(shop.owner, { businessId: shop.business.id, name: "VIP", colour: "amber" });
    await setLabelBuyers(shop.staff, { businessId: shop.business.id, labelId: vip.id, conversationIds: [shop.conversation.id, anjali.conversation.id] });

    const filter = { businessId: shop.business.id, labelId: vip.id };
    const listed = await listOrders(shop.staff, filter);
    expect(listed.rows.map((row) => row.number).sort()).toEqual([meenaOrder.number, anjaliOrder.number].sort());
    const all = await orderTotals(shop.owner, { businessId: shop.business.id });
    const labelled = await orderTotals(shop.owner, filter);
    expect(labelled.count).toBe(2);
    expect(all.count).toBe(3);
    const exported = await exportOrdersCsv(shop.owner, filter);
    expect((await csvNumbers(exported.chunks)).map(Number).sort()).toEqual([meenaOrder.number, anjaliOrder.number].sort());
    // With another filter too: both apply.
    expect((await listOrders(shop.owner, { ...filter, buyerId: anjali.buyer.id })).rows.map((row) => row.number)).toEqual([anjaliOrder.number]);
  });

  it("match nothing with another business's label, and stay members-only", async () => {
    const shop = await createShop();
    await placeOrder(shop, 2);
    const other = await createSupplier();
    const theirs = await saveLabel(other.owner, { businessId: other.business.id, name: "VIP", colour: "red" });
    expect((await listOrders(shop.owner, { businessId: shop.business.id, labelId: theirs.id })).rows).toEqual([]);
    expect((await rejection(listOrders(shop.buyer, { businessId: shop.business.id, labelId: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(listOrders(other.owner, { businessId: shop.business.id, labelId: theirs.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(listOrders(shop.owner, { businessId: shop.business.id, labelId: "x".repeat(65) }))).code).toBe("INVALID");
  });
});
