// Labels (issue 15, item 2): a business's members name groups of buyers, put a label on several at
// once and filter the chats list by it; buyers and other businesses can neither see nor use them.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { deleteLabel, labelledConversationIds, listLabels, MAX_LABELS, saveLabel, setLabelBuyers } from "@/lib/labels/labels";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";

async function supplierWithBuyers() {
  const { owner, business } = await createSupplier();
  const staff = await addStaff(business.id);
  const meena = await createBuyerConversation(business.id, "Meena Fashions");
  const anjali = await createBuyerConversation(business.id, "Anjali Boutique");
  const kavya = await createBuyerConversation(business.id, "Kavya Kurtis");
  return { owner, staff, business, meena, anjali, kavya };
}

describe("labels", () => {
  it("go on several buyers at once and filter the chats list to them", async () => {
    const { owner, staff, business, meena, anjali, kavya } = await supplierWithBuyers();
    const vip = await saveLabel(owner, { businessId: business.id, name: " VIP ", colour: "amber" });
    await saveLabel(staff, { businessId: business.id, name: "Ahmedabad", colour: "blue" });
    await setLabelBuyers(staff, { businessId: business.id, labelId: vip.id, conversationIds: [meena.conversation.id, kavya.conversation.id] });

    expect(await listLabels(owner, { businessId: business.id })).toEqual([
      { id: expect.any(String), name: "Ahmedabad", colour: "blue", buyers: 0 },
      { id: vip.id, name: "VIP", colour: "amber", buyers: 2 },
    ]);
    expect((await listConversations(owner, { labelId: vip.id })).map((row) => row.title).sort()).toEqual(["Kavya Kurtis", "Meena Fashions"]);
    // The broadcast form chooses by label from the buyers' label ids.
    expect((await listBusinessBuyers(staff, { businessId: business.id })).filter((b) => b.labelIds.includes(vip.id)).map((b) => b.name)).toEqual(["Kavya Kurtis", "Meena Fashions"]);
    expect((await listConversations(owner, { labelId: vip.id, search: "mee" })).map((row) => row.title)).toEqual(["Meena Fashions"]);

    // The checklist saved again as it now stands: Anjali in, Kavya out; twice changes nothing.
    for (let i = 0; i < 2; i++) await setLabelBuyers(owner, { businessId: business.id, labelId: vip.id, conversationIds: [meena.conversation.id, anjali.conversation.id] });
    expect((await labelledConversationIds(owner, { businessId: business.id, labelId: vip.id })).sort()).toEqual([meena.conversation.id, anjali.conversation.id].sort());

    // Renamed and recoloured; removed, it leaves every buyer.
    expect(await saveLabel(owner, { businessId: business.id, id: vip.id, name: "Credit 30 days", colour: "red" })).toEqual({ id: vip.id, name: "Credit 30 days", colour: "red" });
    await deleteLabel(owner, { businessId: business.id, labelId: vip.id });
    expect(await getDb().conversationLabel.count({ where: { labelId: vip.id } })).toBe(0);
    expect((await listLabels(owner, { businessId: business.id })).map((l) => l.name)).toEqual(["Ahmedabad"]);
  });

  it("are never seen or used by a buyer or another business", async () => {
    const { owner, business, meena } = await supplierWithBuyers();
    const other = await createSupplier("Other Weaves");
    const otherBuyer = await createBuyerConversation(other.business.id, "Zoya Collections");
    const vip = await saveLabel(owner, { businessId: business.id, name: "VIP", colour: "amber" });
    await setLabelBuyers(owner, { businessId: business.id, labelId: vip.id, conversationIds: [meena.conversation.id] });

    for (const outsider of [meena.buyer, other.owner]) {
      expect(await rejection(listLabels(outsider, { businessId: business.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(saveLabel(outsider, { businessId: business.id, id: vip.id, name: "Mine", colour: "red" }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(deleteLabel(outsider, { businessId: business.id, labelId: vip.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(setLabelBuyers(outsider, { businessId: business.id, labelId: vip.id, conversationIds: [] }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(labelledConversationIds(outsider, { businessId: business.id, labelId: vip.id }))).toMatchObject({ code: "NOT_FOUND" });
      // Filtering by another's label shows nothing, not their buyers.
      expect(await listConversations(outsider, { labelId: vip.id })).toEqual([]);
    }
    // Another business's label id, through its own business: not found.
    expect(await rejection(setLabelBuyers(other.owner, { businessId: other.business.id, labelId: vip.id, conversationIds: [] }))).toMatchObject({ code: "NOT_FOUND" });
    // Another business's buyer on this business's label: refused, nothing changed.
    expect(await rejection(setLabelBuyers(owner, { businessId: business.id, labelId: vip.id, conversationIds: [otherBuyer.conversation.id] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await labelledConversationIds(owner, { businessId: business.id, labelId: vip.id })).toEqual([meena.conversation.id]);
  });

  it("refuse bad input with a message for the field; one per name; a double tap adds one", async () => {
    const { owner, business } = await supplierWithBuyers();
    for (const [input, field, message] of [
      [{ name: "", colour: "red" }, "name", /Name the label/],
      [{ name: "x".repeat(31), colour: "red" }, "name", /under 30/],
      [{ name: "Two\nlines", colour: "red" }, "name", /one line/],
      [{ name: "Gold", colour: "gold" }, "colour", /one of the colours/],
    ] as const) {
      const error = await rejection(saveLabel(owner, { businessId: business.id, ...input }));
      expect(error).toMatchObject({ code: "INVALID" });
      expect((error as { fields: Record<string, string> }).fields[field]).toMatch(message);
    }
    const [a, b] = await Promise.all([saveLabel(owner, { businessId: business.id, name: "VIP", colour: "amber" }), saveLabel(owner, { businessId: business.id, name: "vip", colour: "amber" })]);
    expect(b.id).toBe(a.id);
    expect(await rejection(saveLabel(owner, { businessId: business.id, name: "VIP", colour: "red" }))).toMatchObject({ code: "CONFLICT", fields: { name: "This name is taken." } });
    await getDb().label.createMany({ data: Array.from({ length: MAX_LABELS - 1 }, (_, i) => ({ businessId: business.id, name: `L${i}`, nameKey: `l${i}`, colour: "grey" })) });
    expect(await rejection(saveLabel(owner, { businessId: business.id, name: "One more", colour: "grey" }))).toMatchObject({ code: "CONFLICT" });
    expect(await getDb().label.count({ where: { businessId: business.id } })).toBe(MAX_LABELS);
  });
});
