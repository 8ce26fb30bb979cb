// The two small services behind the catalog pages: the buyer's conversation to pick a design in,
// and the buyers a member can broadcast to.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { findBuyerConversation } from "@/lib/designs/find-buyer-conversation";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { createBuyerConversation, createSupplier, createUser } from "../support/factories";
import { addBuyer, createShop, createDesign, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

describe("finding the buyer's conversation for a design", () => {
  it("answers the conversation the design was posted into, for that buyer only", async () => {
    const shop = await createShop();
    const other = await addBuyer(shop.owner, shop.business.id, []);
    expect(await findBuyerConversation(shop.buyer, { designId: shop.design.id })).toEqual({ conversationId: shop.conversation.id });
    // Another buyer of the same business never got it; members are not buyers of it.
    expect(await findBuyerConversation(other.buyer, { designId: shop.design.id })).toBeNull();
    expect(await findBuyerConversation(shop.owner, { designId: shop.design.id })).toBeNull();
    expect(await findBuyerConversation(shop.staff, { designId: shop.design.id })).toBeNull();
  });

  it("ignores deleted posts and the same buyer's conversations with other businesses", async () => {
    const shop = await createShop();
    await getDb().message.update({ where: { id: shop.post.id }, data: { deletedAt: new Date() } });
    expect(await findBuyerConversation(shop.buyer, { designId: shop.design.id })).toBeNull();

    // The buyer also trades with a second supplier, who posted a different design.
    const second = await createSupplier("Second Silks");
    const conversation = await getDb().conversation.create({ data: { businessId: second.business.id, buyerId: shop.buyer.id }, select: { id: true } });
    const elsewhere = await createDesign(second.business.id, second.owner.id);
    await postDesigns(second.owner, conversation.id, [elsewhere.id]);
    expect(await findBuyerConversation(shop.buyer, { designId: elsewhere.id })).toEqual({ conversationId: conversation.id });
    expect(await findBuyerConversation(shop.buyer, { designId: "no-such-design" })).toBeNull();
  });

  it("refuses input that is not a design id", async () => {
    const shop = await createShop();
    expect((await rejection(findBuyerConversation(shop.buyer, { designId: "" }))).code).toBe("INVALID");
  });
});

describe("listing a business's buyers for a broadcast", () => {
  it("lists each buyer of the business once, by name, to owners and staff", async () => {
    const shop = await createShop(); // buyer "Meena"
    const zoya = await createBuyerConversation(shop.business.id, "zoya Collections");
    const anjali = await createBuyerConversation(shop.business.id, "Anjali Boutique");
    // A buyer of another business must not appear.
    const other = await createSupplier("Other Threads");
    await createBuyerConversation(other.business.id, "Outsider");

    const expected = [
      { buyerId: anjali.buyer.id, name: "Anjali Boutique", conversationId: anjali.conversation.id, stopped: false, labelIds: [] },
      { buyerId: shop.buyer.id, name: "Meena", conversationId: shop.conversation.id, stopped: false, labelIds: [] },
      { buyerId: zoya.buyer.id, name: "zoya Collections", conversationId: zoya.conversation.id, stopped: false, labelIds: [] },
    ];
    expect(await listBusinessBuyers(shop.owner, { businessId: shop.business.id })).toEqual(expected);
    expect(await listBusinessBuyers(shop.staff, { businessId: shop.business.id })).toEqual(expected);
  });

  it("answers not-found to buyers, outsiders and members of other businesses", async () => {
    const shop = await createShop();
    const other = await createSupplier("Other Threads");
    const stranger = await createUser();
    for (const actor of [shop.buyer, other.owner, stranger]) {
      const error = await rejection(listBusinessBuyers(actor, { businessId: shop.business.id }));
      expect(error.code).toBe("NOT_FOUND");
    }
    expect(await listBusinessBuyers(other.owner, { businessId: other.business.id })).toEqual([]);
  });
});
