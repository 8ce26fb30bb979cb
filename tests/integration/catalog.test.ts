import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { archiveDesign } from "@/lib/designs/archive-design";
import { getDesign } from "@/lib/designs/get-design";
import { listConversationDesigns } from "@/lib/designs/list-conversation-designs";
import { listDesigns } from "@/lib/designs/list-designs";
import { restoreDesign } from "@/lib/designs/restore-design";
import { updateDesign } from "@/lib/designs/update-design";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { postTestDesigns } from "../support/design-factories";
import { rejection } from "../support/rejection";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-catalog-"));
process.env.DATA_DIR = dataDir;
resetEnvForTests();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function supplierWithCatalog() {
  const supplier = await createSupplier();
  const meena = await createBuyerConversation(supplier.business.id, "Meena Fashions");
  const anjali = await createBuyerConversation(supplier.business.id, "Anjali Boutique");
  const toMeena = await postTestDesigns(supplier.owner, supplier.business.id, meena.conversation.id, [
    { title: "Red Anarkali", colours: ["Red", "Mustard"], photos: 2 },
    { title: "Navy straight kurti", colours: ["Navy"] },
  ]);
  const toAnjali = await postTestDesigns(supplier.owner, supplier.business.id, anjali.conversation.id, [{ title: "Mint palazzo set", colours: ["Mint", "Peach"] }]);
  const [anarkali, navy] = toMeena.designs;
  return { ...supplier, meena, anjali, anarkali: anarkali!, navy: navy!, mint: toAnjali.designs[0]! };
}

const codes = (page: { designs: { code: string }[] }) => page.designs.map((d) => d.code);

describe("the catalog", () => {
  it("lists a business's designs newest first and finds them by code, title or colour, any case", async () => {
    const { owner, business } = await supplierWithCatalog();
    const staff = await addStaff(business.id);
    expect(codes(await listDesigns(owner, { businessId: business.id }))).toEqual(["D-0003", "D-0001", "D-0002"]);
    expect(codes(await listDesigns(staff, { businessId: business.id, query: "d-0002" }))).toEqual(["D-0002"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "  ANARKALI " }))).toEqual(["D-0001"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "mustard" }))).toEqual(["D-0001"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "peach" }))).toEqual(["D-0003"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "silk" }))).toEqual([]);
    // LIKE wildcards typed into the search box are plain characters.
    for (const query of ["%", "_", "d_0001", "\\"]) expect(codes(await listDesigns(owner, { businessId: business.id, query }))).toEqual([]);
    const sale = await updateDesign(owner, { designId: (await listDesigns(owner, { businessId: business.id, query: "navy" })).designs[0]!.id, title: "Navy 50% off_pack" });
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "50%" }))).toEqual([sale.code]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "OFF_PACK" }))).toEqual([sale.code]);
    const card = (await listDesigns(owner, { businessId: business.id, query: "anarkali" })).designs[0]!;
    expect(card).toMatchObject({ title: "Red Anarkali", archived: false, pricePerPiecePaise: 0, currency: "INR" });
    expect(card.photo?.thumbWebp).toMatch(/^[a-f0-9]{64}\.webp$/);
    expect(card.photo?.placeholder).toMatch(/^data:image\/webp;base64,/);
  });

  it("pages with a cursor without repeating or skipping a design, even when new ones arrive", async () => {
    const { owner, business, meena } = await supplierWithCatalog();
    const first = await listDesigns(owner, { businessId: business.id, limit: 2 });
    expect(codes(first)).toEqual(["D-0003", "D-0001"]);
    // A design posted between two pages does not shift the next page.
    await postTestDesigns(owner, business.id, meena.conversation.id, [{ title: "Late arrival" }]);
    const second = await listDesigns(owner, { businessId: business.id, limit: 2, cursor: first.nextCursor });
    expect(codes(second)).toEqual(["D-0002"]);
    expect(second.nextCursor).toBeNull();
    expect((await rejection(listDesigns(owner, { businessId: business.id, cursor: "bm90LWEtY3Vyc29y" }))).code).toBe("INVALID");
  });

  it("archives and restores designs, filtered as active, archived or all", async () => {
    const { owner, business, anarkali, meena } = await supplierWithCatalog();
    await archiveDesign(owner, { designId: anarkali.id });
    await archiveDesign(owner, { designId: anarkali.id }); // twice is harmless
    expect(codes(await listDesigns(owner, { businessId: business.id }))).toEqual(["D-0003", "D-0002"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, archived: "archived" }))).toEqual(["D-0001"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, archived: "all" }))).toEqual(["D-0003", "D-0001", "D-0002"]);
    // The buyer's grid drops it; the design itself still opens from the chat history.
    expect(codes(await listConversationDesigns(meena.buyer, { conversationId: meena.conversation.id }))).toEqual(["D-0002"]);
    expect((await getDesign(meena.buyer, { designId: anarkali.id })).archived).toBe(true);

    await restoreDesign(owner, { designId: anarkali.id });
    expect(codes(await listDesigns(owner, { businessId: business.id }))).toEqual(["D-0003", "D-0001", "D-0002"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, archived: "archived" }))).toEqual([]);
  });

  it("edits details, keeps search in step, and refuses a code another design has", async () => {
    const { owner, business, anarkali, navy } = await supplierWithCatalog();
    const staff = await addStaff(business.id);
    const edited = await updateDesign(staff, {
      designId: anarkali.id,
      title: "Rani pink anarkali",
      code: "fest-01",
      pricePerPiecePaise: 52_500,
      setComposition: [{ size: "S", ratio: 1 }, { size: "M", ratio: 2 }, { size: "L", ratio: 2 }, { size: "XL", ratio: 1 }],
      colours: ["Rani Pink", "Gold"],
      minimumSets: 2,
      soldLoose: false,
    });
    expect(edited).toMatchObject({ code: "FEST-01", title: "Rani pink anarkali", pricePerPiecePaise: 52_500, piecesPerSet: 6, colours: ["Rani Pink", "Gold"], minimumSets: 2, viewerIsMember: true });
    expect((await getDb().design.findUniqueOrThrow({ where: { id: anarkali.id } })).searchText).toBe("fest-01 rani pink anarkali rani pink gold");
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "gold" }))).toEqual(["FEST-01"]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "mustard" }))).toEqual([]);
    expect(codes(await listDesigns(owner, { businessId: business.id, query: "d-0001" }))).toEqual([]);

    // Changing one field keeps the others and still refreshes search.
    await updateDesign(owner, { designId: anarkali.id, colours: ["Teal"] });
    const row = await getDb().design.findUniqueOrThrow({ where: { id: anarkali.id } });
    expect(row).toMatchObject({ title: "Rani pink anarkali", pricePerPiecePaise: 52_500, searchText: "fest-01 rani pink anarkali teal" });

    const duplicate = await rejection(updateDesign(owner, { designId: navy.id, code: "Fest-01" }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.message).toBe("The code FEST-01 is already used by another design.");
    expect((await getDb().design.findUniqueOrThrow({ where: { id: navy.id } })).code).toBe("D-0002");

    for (const [input, message] of [
      [{ pricePerPiecePaise: 10_000_001 }, /too high/],
      [{ setComposition: Array.from({ length: 13 }, (_, i) => ({ size: `S${i}`, ratio: 1 })) }, /up to 12 sizes/],
      [{ colours: Array.from({ length: 13 }, (_, i) => `C${i}`) }, /Up to 12 colours/],
      [{ minimumSets: 1000 }, /up to 999/],
      [{ title: "   " }, /title/],
    ] as const) {
      const error = await rejection(updateDesign(owner, { designId: navy.id, ...input }));
      expect(error.code).toBe("INVALID");
      expect(error.message).toMatch(message);
    }
  });

  it("shows a design with all its photos to its business and to the buyers it was posted to, and to nobody else", async () => {
    const { owner, business, anarkali, mint, meena, anjali } = await supplierWithCatalog();
    const other = await createSupplier();
    const details = await getDesign(meena.buyer, { designId: anarkali.id });
    expect(details).toMatchObject({ code: "D-0001", title: "Red Anarkali", businessId: business.id, viewerIsMember: false, colours: ["Red", "Mustard"] });
    expect(details.photos).toHaveLength(2);
    for (const photo of details.photos) {
      for (const key of [photo.thumbWebp, photo.thumbJpeg, photo.screenWebp, photo.screenJpeg]) expect(key).toMatch(/^[a-f0-9]{64}\.(webp|jpg)$/);
    }
    expect((await getDesign(owner, { designId: anarkali.id })).viewerIsMember).toBe(true);

    const missing = await rejection(getDesign(owner, { designId: "missing" }));
    for (const [actor, designId] of [[anjali.buyer, anarkali.id], [meena.buyer, mint.id], [other.owner, anarkali.id]] as const) {
      expect((await rejection(getDesign(actor, { designId }))).message).toBe(missing.message);
    }
    // Buyers and other businesses cannot change anything either.
    for (const actor of [meena.buyer, other.owner]) {
      expect((await rejection(updateDesign(actor, { designId: anarkali.id, title: "Mine now" }))).code).toBe("NOT_FOUND");
      expect((await rejection(archiveDesign(actor, { designId: anarkali.id }))).code).toBe("NOT_FOUND");
      expect((await rejection(restoreDesign(actor, { designId: anarkali.id }))).code).toBe("NOT_FOUND");
      expect((await rejection(listDesigns(actor, { businessId: business.id }))).code).toBe("NOT_FOUND");
    }
    expect(await getDb().design.findUniqueOrThrow({ where: { id: anarkali.id } })).toMatchObject({ title: "Red Anarkali", archivedAt: null });
  });

  it("gives a buyer the designs posted into their own conversation only", async () => {
    const { meena, anjali, owner } = await supplierWithCatalog();
    expect(codes(await listConversationDesigns(meena.buyer, { conversationId: meena.conversation.id }))).toEqual(["D-0001", "D-0002"]);
    expect(codes(await listConversationDesigns(anjali.buyer, { conversationId: anjali.conversation.id }))).toEqual(["D-0003"]);
    expect(codes(await listConversationDesigns(meena.buyer, { conversationId: meena.conversation.id, query: "navy" }))).toEqual(["D-0002"]);
    // The supplier sees the same grid for a conversation.
    expect(codes(await listConversationDesigns(owner, { conversationId: anjali.conversation.id }))).toEqual(["D-0003"]);
    const denied = await rejection(listConversationDesigns(anjali.buyer, { conversationId: meena.conversation.id }));
    expect(denied.code).toBe("NOT_FOUND");
  });
});
