// A buyer's Catalog tab: the designs posted into their own conversations, by supplier, and
// nothing else: not another buyer's designs, not designs never posted, not archived ones, not
// designs whose post was deleted, and nothing for a member's own business.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listBuyerCatalog } from "@/lib/designs/list-buyer-catalog";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { createDesign, postDesigns } from "../support/order-history-factories";

describe("a buyer's catalog", () => {
  it("shows only the designs posted to that buyer, grouped by supplier", async () => {
    const surat = await createSupplier("Surat Silk House");
    const jaipur = await createSupplier("Jaipur Prints");
    const meena = await createBuyerConversation(surat.business.id, "Meena Fashions");
    const anjali = await createBuyerConversation(surat.business.id, "Anjali Boutique");
    // Meena trades with Jaipur too, in a second conversation.
    const meenaJaipur = await getDb().conversation.create({ data: { businessId: jaipur.business.id, buyerId: meena.buyer.id }, select: { id: true } });

    const design = (businessId: string, ownerId: string, code: string, archived = false) => createDesign(businessId, ownerId, { code, archived });
    const sent = await design(surat.business.id, surat.owner.id, "D-0001");
    const onlyAnjali = await design(surat.business.id, surat.owner.id, "D-0002");
    await design(surat.business.id, surat.owner.id, "D-0003"); // never posted
    const archived = await design(surat.business.id, surat.owner.id, "D-0004", true);
    const deletedPost = await design(surat.business.id, surat.owner.id, "D-0005");
    const fromJaipur = await design(jaipur.business.id, jaipur.owner.id, "J-0001");

    await postDesigns(meena.conversation.id, surat.owner.id, [sent.id, archived.id]);
    await postDesigns(anjali.conversation.id, surat.owner.id, [onlyAnjali.id, sent.id]);
    const removed = await postDesigns(meena.conversation.id, surat.owner.id, [deletedPost.id]);
    await getDb().message.update({ where: { id: removed }, data: { deletedAt: new Date() } });
    await postDesigns(meenaJaipur.id, jaipur.owner.id, [fromJaipur.id]);

    const catalog = await listBuyerCatalog(meena.buyer);
    expect(catalog.suppliers.map((s) => [s.businessName, s.conversationId, s.designs.map((d) => d.code)])).toEqual([
      ["Jaipur Prints", meenaJaipur.id, ["J-0001"]],
      ["Surat Silk House", meena.conversation.id, ["D-0001"]],
    ]);

    const anjalis = await listBuyerCatalog(anjali.buyer);
    expect(anjalis.suppliers.map((s) => s.designs.map((d) => d.code).sort())).toEqual([["D-0001", "D-0002"]]);
  });

  it("is empty for a member: their designs are in their business's catalog, not here", async () => {
    const surat = await createSupplier("Surat Silk House");
    const meena = await createBuyerConversation(surat.business.id, "Meena Fashions");
    const d = await createDesign(surat.business.id, surat.owner.id, { code: "D-0001" });
    await postDesigns(meena.conversation.id, surat.owner.id, [d.id]);
    expect((await listBuyerCatalog(surat.owner)).suppliers).toEqual([]);
  });
});
