// The one search box (lib/search): messages, designs and orders on the real full-text indexes of
// the provider under test, and never a row of another business or another buyer.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { postMessage } from "@/lib/messages/post-message";
import { acceptOrder } from "@/lib/orders/accept-order";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { markPacked } from "@/lib/orders/mark-packed";
import { search } from "@/lib/search/search";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { addBuyer, clientId, createDesign, createShop, placeOrder, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

/** Two suppliers who write the same words: Surat Silks (buyers Meena and Anjali) and another. */
async function twoShopsSayingTheSameThings() {
  const surat = await createShop({ title: "Maroon rayon kurti", colours: ["Red", "Maroon"] });
  const anjali = await addBuyer(surat.owner, surat.business.id, [], "Anjali Boutique");
  const other = await createSupplier("Other Textiles");
  const otherBuyer = await createBuyerConversation(other.business.id, "Meena Other");
  const otherDesign = await createDesign(other.business.id, other.owner.id, { title: "Maroon rayon kurti", colours: ["Maroon"] });
  await postDesigns(other.owner, otherBuyer.conversation.id, [otherDesign.id]);
  for (const [actor, conversationId] of [
    [surat.buyer, surat.conversation.id],
    [anjali.buyer, anjali.conversation.id],
    [otherBuyer.buyer, otherBuyer.conversation.id],
  ] as const) {
    await postMessage(actor, { conversationId, clientId: clientId(), body: "Is the maroon kurti in stock? मीना फैशन को भेजो" });
  }
  return { surat, anjali, other, otherBuyer, otherDesign };
}

describe("search", () => {
  it("finds messages by a word or its start, only in conversations the person is in", async () => {
    const { surat, anjali, other, otherBuyer } = await twoShopsSayingTheSameThings();
    const asOwner = await search(surat.owner, { q: "maroon" });
    expect(asOwner.messages.map((m) => m.conversationTitle).sort()).toEqual(["Anjali Boutique", "Meena"]);
    expect(asOwner.messages[0]).toMatchObject({ body: expect.stringContaining("maroon kurti"), seq: expect.any(Number) });
    // Staff see what the owner sees; a buyer sees their own conversation, named by the supplier.
    expect((await search(surat.staff, { q: "MAR" })).messages).toHaveLength(2);
    const asMeena = await search(surat.buyer, { q: "mar kur" });
    expect(asMeena.messages.map((m) => m.conversationId)).toEqual([surat.conversation.id]);
    expect(asMeena.messages[0]!.conversationTitle).toBe(surat.business.name);
    expect((await search(anjali.buyer, { q: "maroon" })).messages.map((m) => m.conversationId)).toEqual([anjali.conversation.id]);
    expect((await search(other.owner, { q: "maroon" })).messages.map((m) => m.conversationId)).toEqual([otherBuyer.conversation.id]);
    // Hindi, by the start of a word.
    expect((await search(surat.owner, { q: "मीना" })).messages).toHaveLength(2);
    // Every word must match; an unknown one finds nothing.
    expect((await search(surat.owner, { q: "maroon saree" })).messages).toEqual([]);
    // Newest first.
    await postMessage(anjali.buyer, { conversationId: anjali.conversation.id, clientId: clientId(), body: "Maroon again please" });
    expect((await search(surat.owner, { q: "maroon" })).messages[0]!.body).toBe("Maroon again please");
  });

  it("finds designs by code, title or colour: members their business's, a buyer those posted to them", async () => {
    const { surat, anjali, other, otherDesign } = await twoShopsSayingTheSameThings();
    const code = surat.design.code;
    expect((await search(surat.owner, { q: code })).designs.map((d) => d.id)).toEqual([surat.design.id]);
    expect((await search(surat.owner, { q: code.slice(0, 4) })).designs.map((d) => d.id)).toEqual([surat.design.id]); // "D-00"
    expect((await search(surat.owner, { q: "rayon" })).designs.map((d) => d.id)).toEqual([surat.design.id]);
    expect((await search(other.owner, { q: "rayon" })).designs.map((d) => d.id)).toEqual([otherDesign.id]);
    // Meena was sent the design; Anjali was not, until it is posted to her.
    expect((await search(surat.buyer, { q: "maroon" })).designs.map((d) => d.id)).toEqual([surat.design.id]);
    expect((await search(anjali.buyer, { q: "maroon" })).designs).toEqual([]);
    await postDesigns(surat.owner, anjali.conversation.id, [surat.design.id]);
    expect((await search(anjali.buyer, { q: "maroon" })).designs.map((d) => d.id)).toEqual([surat.design.id]);
    // A title edit is searchable at once (the index follows the row in the same transaction).
    await getDb().design.update({ where: { id: surat.design.id }, data: { searchText: `${code.toLowerCase()} festive anarkali maroon` } });
    expect((await search(surat.owner, { q: "anark" })).designs.map((d) => d.id)).toEqual([surat.design.id]);
    expect((await search(surat.owner, { q: "rayon" })).designs).toEqual([]);
  });

  it("finds orders by number, buyer, design code and LR number; only the business's members and that buyer", async () => {
    const { surat, anjali, other } = await twoShopsSayingTheSameThings();
    const order = await placeOrder(surat, 2);
    await acceptOrder(surat.owner, { orderId: order.id });
    await markPacked(surat.owner, { orderId: order.id });
    expect((await search(surat.owner, { q: "VRL88" })).orders).toEqual([]);
    await markDispatched(surat.staff, { orderId: order.id, transporter: "VRL Logistics", lrNumber: "VRL88/2231", parcels: 2 });

    for (const q of [`#${order.number}`, String(order.number), "mee", surat.design.code, "vrl88", "2231"]) {
      expect({ q, found: (await search(surat.owner, { q })).orders.map((o) => o.id) }).toEqual({ q, found: [order.id] });
    }
    expect((await search(surat.owner, { q: "vrl88" })).orders[0]).toMatchObject({ number: order.number, status: "DISPATCHED", party: "Meena", lrNumber: "VRL88/2231" });
    expect((await search(surat.buyer, { q: "vrl88" })).orders[0]).toMatchObject({ id: order.id, party: surat.business.name });
    // Another buyer of the same supplier, and another supplier, find nothing.
    expect((await search(anjali.buyer, { q: "vrl88" })).orders).toEqual([]);
    expect((await search(other.owner, { q: String(order.number) })).orders).toEqual([]);
    expect((await search(other.owner, { q: "mee" })).orders).toEqual([]);
  });

  it("refuses an empty or overlong search with a message, and finds nothing in punctuation", async () => {
    const { surat } = await twoShopsSayingTheSameThings();
    expect((await rejection(search(surat.owner, { q: "  " }))).message).toBe("Type something to search for.");
    expect((await rejection(search(surat.owner, { q: "x".repeat(81) }))).message).toBe("Search for up to 80 characters.");
    expect(await search(surat.owner, { q: '"*()' })).toEqual({ messages: [], designs: [], orders: [] });
    // Operators are words here, never syntax.
    expect((await search(surat.owner, { q: "maroon OR saree" })).messages).toEqual([]);
  });
});
