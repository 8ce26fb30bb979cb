import { describe, expect, it } from "vitest";
import { getConversation } from "@/lib/conversations/get-conversation";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listMessages } from "@/lib/messages/list-messages";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";


describe("who sees which conversation", () => {
  it("shows members all of their business's conversations and buyers only their own", async () => {
    const a = await createSupplier("A Silks");
    const b = await createSupplier("B Cottons");
    const staff = await addStaff(a.business.id);
    const meena = await createBuyerConversation(a.business.id);
    const anjali = await createBuyerConversation(a.business.id);
    const other = await createBuyerConversation(b.business.id);

    const ids = async (actor: { id: string; name: string }) => (await listConversations(actor)).map((row) => row.id).sort();
    expect(await ids(a.owner)).toEqual([meena.conversation.id, anjali.conversation.id].sort());
    expect(await ids(staff)).toEqual([meena.conversation.id, anjali.conversation.id].sort());
    expect(await ids(meena.buyer)).toEqual([meena.conversation.id]);
    expect(await ids(b.owner)).toEqual([other.conversation.id]);
    const [buyerRow] = await listConversations(meena.buyer);
    expect(buyerRow?.title).toBe("A Silks");
  });

  it("shows a buyer trading with two businesses one row per business", async () => {
    const a = await createSupplier("A Silks");
    const b = await createSupplier("B Cottons");
    const { buyer } = await createBuyerConversation(a.business.id);
    const { getDb } = await import("@/lib/db");
    await getDb().conversation.create({ data: { businessId: b.business.id, buyerId: buyer.id } });
    expect((await listConversations(buyer)).map((row) => row.title).sort()).toEqual(["A Silks", "B Cottons"]);
  });

  it("finds conversations by name, ignoring case", async () => {
    const a = await createSupplier();
    const { conversation } = await createBuyerConversation(a.business.id, "Meena Fashions");
    await createBuyerConversation(a.business.id, "Anjali Boutique");
    const rows = await listConversations(a.owner, { search: "FASHION" });
    expect(rows.map((row) => row.id)).toEqual([conversation.id]);
  });

  it("answers another buyer's or business's conversation exactly like a missing one", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const meena = await createBuyerConversation(a.business.id);
    const anjali = await createBuyerConversation(a.business.id);
    const missing = await rejection(getConversation(meena.buyer, { conversationId: "does-not-exist" }));
    for (const [actor, conversationId] of [
      [meena.buyer, anjali.conversation.id],
      [b.owner, meena.conversation.id],
    ] as const) {
      const denied = await rejection(getConversation(actor, { conversationId }));
      expect(denied.code).toBe("NOT_FOUND");
      expect(denied.message).toBe(missing.message);
      expect((await rejection(listMessages(actor, { conversationId }))).message).toBe(missing.message);
    }
  });
});
