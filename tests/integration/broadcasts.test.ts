import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getBroadcastStatus } from "@/lib/broadcasts/get-broadcast-status";
import { listBroadcasts } from "@/lib/broadcasts/list-broadcasts";
import { broadcastDeliveriesSettled, deliverBroadcast, resumeUndeliveredBroadcasts } from "@/lib/broadcasts/deliver-broadcast";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { archiveDesign } from "@/lib/designs/archive-design";
import { getDesign } from "@/lib/designs/get-design";
import { listConversationDesigns } from "@/lib/designs/list-conversation-designs";
import { subscribe } from "@/lib/realtime/event-bus";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId, postTestDesigns } from "../support/design-factories";
import { albumsOf, sendAndDeliver } from "../support/broadcast-helpers";
import { rejection } from "../support/rejection";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-broadcasts-"));
process.env.DATA_DIR = dataDir;
resetEnvForTests();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A supplier with four buyers and three catalog designs (posted once, to the first buyer only). */
async function supplierWithBuyers() {
  const { owner, business } = await createSupplier();
  const staff = await addStaff(business.id);
  const buyers = [];
  for (const name of ["Meena Fashions", "Anjali Boutique", "Kavya Kurtis", "Zoya Collections"]) buyers.push(await createBuyerConversation(business.id, name));
  const catalog = await postTestDesigns(owner, business.id, buyers[0]!.conversation.id, [{ title: "Festive one" }, { title: "Festive two" }, { title: "Festive three" }]);
  return { owner, staff, business, buyers, designIds: catalog.designs.map((d) => d.id) };
}

async function albumsIn(conversationId: string) {
  return getDb().message.findMany({
    where: { conversationId, broadcastId: { not: null } },
    include: { designs: { orderBy: { position: "asc" } } },
  });
}

describe("broadcasting designs to many buyers", () => {
  it("answers before the albums are written, then delivers exactly one to each chosen buyer and nothing to the others", async () => {
    const { staff, business, buyers, designIds } = await supplierWithBuyers();
    const [meena, anjali, kavya, zoya] = buyers;
    const events = new Map<string, number>();
    const unsubscribers = buyers.map(({ buyer }) => subscribe(buyer.id, ({ event }) => event.type === "message.posted" && events.set(buyer.id, (events.get(buyer.id) ?? 0) + 1)));
    const chosen = [designIds[2]!, designIds[0]!];
    const sent = await sendBroadcast(staff, { businessId: business.id, clientId: newClientId(), designIds: chosen, buyerIds: [meena!.buyer.id, anjali!.buyer.id, kavya!.buyer.id], caption: "New Diwali collection" });
    expect(sent.buyers).toBe(3);
    // Recorded with its targets; the albums follow behind the answer.
    expect(await getDb().broadcastTarget.count({ where: { broadcastId: sent.broadcastId } })).toBe(3);
    await broadcastDeliveriesSettled();
    unsubscribers.forEach((stop) => stop());

    expect(await albumsOf(sent.broadcastId)).toHaveLength(3);
    expect((await getDb().broadcast.findUniqueOrThrow({ where: { id: sent.broadcastId } })).deliveredAt).not.toBeNull();
    for (const { buyer, conversation } of [meena!, anjali!, kavya!]) {
      const albums = await albumsIn(conversation.id);
      expect(albums).toHaveLength(1);
      expect(albums[0]).toMatchObject({ kind: "DESIGN_POST", authorId: staff.id, broadcastId: sent.broadcastId, body: "New Diwali collection" });
      expect(albums[0]!.designs.map((d) => d.designId)).toEqual(chosen);
      expect((await getDb().conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastMessagePreview).toBe("📷 2 designs");
      expect(events.get(buyer.id)).toBe(1);
      // The designs are now the buyer's to see.
      expect((await getDesign(buyer, { designId: chosen[0]! })).id).toBe(chosen[0]);
    }
    // The buyer who was not chosen got nothing and still cannot see the designs.
    expect(await albumsIn(zoya!.conversation.id)).toHaveLength(0);
    expect(events.get(zoya!.buyer.id)).toBeUndefined();
    expect((await rejection(getDesign(zoya!.buyer, { designId: chosen[0]! }))).code).toBe("NOT_FOUND");
    expect((await listConversationDesigns(zoya!.buyer, { conversationId: zoya!.conversation.id })).designs).toEqual([]);
    expect(await getDb().broadcast.count({ where: { businessId: business.id } })).toBe(1);
  });

  it("sends nothing more when the same broadcast is repeated, one after another or all at once", async () => {
    const { owner, business, buyers, designIds } = await supplierWithBuyers();
    const input = { businessId: business.id, clientId: newClientId(), designIds: [designIds[1]!], buyerIds: buyers.slice(1).map((b) => b.buyer.id) };
    const concurrent = await Promise.all([1, 2, 3].map(() => sendBroadcast(owner, input)));
    await broadcastDeliveriesSettled();
    const later = await sendBroadcast(owner, input);
    await broadcastDeliveriesSettled();
    expect(new Set([...concurrent, later].map((s) => s.broadcastId)).size).toBe(1);
    expect(later.buyers).toBe(3);
    expect(await albumsOf(later.broadcastId)).toHaveLength(3);
    expect(await getDb().broadcast.count({ where: { businessId: business.id } })).toBe(1);
    for (const { conversation } of buyers.slice(1)) expect(await albumsIn(conversation.id)).toHaveLength(1);
    expect((await getDb().conversation.findUniqueOrThrow({ where: { id: buyers[1]!.conversation.id } })).lastMessagePreview).toBe("📷 D-0002");

    // A new client id is a new broadcast.
    await sendBroadcast(owner, { ...input, clientId: newClientId() });
    expect(await getDb().broadcast.count({ where: { businessId: business.id } })).toBe(2);
  });

  it("sends to every buyer of the business with \"all\"", async () => {
    const { owner, business, buyers, designIds } = await supplierWithBuyers();
    const elsewhere = await createBuyerConversation((await createSupplier()).business.id);
    const sent = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds, buyerIds: "all" });
    expect(sent.albums.map((m) => m.conversationId).sort()).toEqual(buyers.map((b) => b.conversation.id).sort());
    expect(await albumsIn(elsewhere.conversation.id)).toHaveLength(0);
  });

  it("shows per buyer whether the album was delivered and read", async () => {
    const { owner, staff, business, buyers, designIds } = await supplierWithBuyers();
    const [meena, anjali, kavya] = buyers;
    const sent = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds: [designIds[0]!], buyerIds: [meena!.buyer.id, anjali!.buyer.id, kavya!.buyer.id] });
    const initial = await getBroadcastStatus(staff, { broadcastId: sent.broadcastId });
    expect(initial.counts).toEqual({ total: 3, sent: 3, delivered: 0, read: 0, skipped: 0 });
    expect(initial.sending).toBe(false);

    // Meena opened the chat; Anjali's phone received the album but she has not looked; Kavya neither.
    await markConversationRead(meena!.buyer, { conversationId: meena!.conversation.id });
    const anjaliAlbum = sent.albums.find((m) => m.conversationId === anjali!.conversation.id)!;
    await markConversationRead(anjali!.buyer, { conversationId: anjali!.conversation.id, deliveredSeq: anjaliAlbum.seq, readSeq: anjaliAlbum.seq - 1 });
    // A member reading Kavya's conversation says nothing about Kavya.
    await markConversationRead(staff, { conversationId: kavya!.conversation.id });

    const status = await getBroadcastStatus(owner, { broadcastId: sent.broadcastId });
    expect(status.buyers.map(({ name, delivered, read }) => ({ name, delivered, read }))).toEqual([
      { name: "Anjali Boutique", delivered: true, read: false },
      { name: "Kavya Kurtis", delivered: false, read: false },
      { name: "Meena Fashions", delivered: true, read: true },
    ]);
    expect(status.counts).toEqual({ total: 3, sent: 3, delivered: 2, read: 1, skipped: 0 });
    expect(status.designs.map((d) => d.code)).toEqual(["D-0001"]);
    expect(status.createdByName).toBe("Owner");

    const listed = await listBroadcasts(staff, { businessId: business.id });
    expect(listed.broadcasts).toHaveLength(1);
    expect(listed.broadcasts[0]).toMatchObject({ id: sent.broadcastId, designCount: 1, total: 3, sent: 3, delivered: 2, read: 1 });
    expect(listed.broadcasts[0]!.cover?.thumbWebp).toMatch(/\.webp$/);
  });

  it("lists broadcasts newest first, a page at a time", async () => {
    const { owner, business, buyers, designIds } = await supplierWithBuyers();
    const ids = [];
    for (const designId of designIds) ids.push((await sendBroadcast(owner, { businessId: business.id, clientId: newClientId(), designIds: [designId], buyerIds: [buyers[1]!.buyer.id] })).broadcastId);
    const first = await listBroadcasts(owner, { businessId: business.id, limit: 2 });
    const second = await listBroadcasts(owner, { businessId: business.id, limit: 2, cursor: first.nextCursor });
    expect([...first.broadcasts, ...second.broadcasts].map((b) => b.id)).toEqual(ids.reverse());
    expect(second.nextCursor).toBeNull();
  });

  it("refuses buyers, other businesses, foreign or archived designs and unknown buyers, writing nothing", async () => {
    const { owner, business, buyers, designIds } = await supplierWithBuyers();
    const other = await createSupplier();
    const otherBuyer = await createBuyerConversation(other.business.id);
    const otherDesigns = await postTestDesigns(other.owner, other.business.id, otherBuyer.conversation.id, [{ title: "Theirs" }]);
    const sent = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds: [designIds[0]!], buyerIds: [buyers[1]!.buyer.id] });
    await archiveDesign(owner, { designId: designIds[2]! });
    const counts = async () => ({ broadcasts: await getDb().broadcast.count(), messages: await getDb().message.count() });
    const before = await counts();
    const base = { businessId: business.id, designIds: [designIds[0]!], buyerIds: [buyers[1]!.buyer.id] };

    const missingBusiness = await rejection(sendBroadcast(owner, { ...base, businessId: "missing", clientId: newClientId() }));
    for (const outsider of [buyers[0]!.buyer, other.owner]) {
      expect((await rejection(sendBroadcast(outsider, { ...base, clientId: newClientId() }))).message).toBe(missingBusiness.message);
      expect((await rejection(getBroadcastStatus(outsider, { broadcastId: sent.broadcastId }))).code).toBe("NOT_FOUND");
      expect((await rejection(listBroadcasts(outsider, { businessId: business.id }))).code).toBe("NOT_FOUND");
    }
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ designIds: [otherDesigns.designs[0]!.id] }, "NOT_FOUND", /designs was not found/],
      [{ buyerIds: [otherBuyer.buyer.id] }, "NOT_FOUND", /buyers was not found/],
      [{ buyerIds: [buyers[1]!.buyer.id, "missing"] }, "NOT_FOUND", /buyers was not found/],
      [{ designIds: [designIds[2]!] }, "INVALID", /D-0003 is archived/],
      [{ designIds: [] }, "INVALID", /at least one design/],
      [{ designIds: [designIds[0]!, designIds[0]!] }, "INVALID", /chosen twice/],
      [{ buyerIds: [] }, "INVALID", /buyer/],
      [{ buyerIds: "everyone" }, "INVALID", /buyer/],
    ];
    for (const [change, code, message] of cases) {
      const error = await rejection(sendBroadcast(owner, { ...base, clientId: newClientId(), ...change }));
      expect({ change, code: error.code }).toEqual({ change, code });
      expect(error.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });
  it("is finished by another server when its own stopped mid-way, writing only what is missing, once", async () => {
    const { owner, business, buyers, designIds } = await supplierWithBuyers();
    const [meena, anjali, kavya, zoya] = buyers;
    // As send-broadcast.ts records it, held by a server that died: its lease ran out. Anjali's album
    // was written before it died (her target carries a seq).
    const recorded = async (leaseUntil: Date) =>
      getDb().broadcast.create({
        data: {
          businessId: business.id,
          createdById: owner.id,
          clientId: newClientId(),
          caption: "Left half-sent",
          leaseUntil,
          designs: { create: [{ designId: designIds[0]!, position: 0 }, { designId: designIds[1]!, position: 1 }] },
          targets: { create: [meena!, anjali!, kavya!].map(({ conversation }) => ({ conversationId: conversation.id, albumSeq: conversation.id === anjali!.conversation.id ? 1 : null })) },
        },
      });
    const dead = await recorded(new Date(Date.now() - 1000));
    const held = await recorded(new Date(Date.now() + 60_000));

    // Two servers sweep at the same moment, and a third tries it directly.
    await Promise.all([resumeUndeliveredBroadcasts(), resumeUndeliveredBroadcasts(), deliverBroadcast(dead.id)]);
    await broadcastDeliveriesSettled();

    const albums = await albumsOf(dead.id);
    expect(albums.map((a) => a.conversationId).sort()).toEqual([meena!.conversation.id, kavya!.conversation.id].sort());
    const album = await getDb().message.findFirstOrThrow({ where: { broadcastId: dead.id }, include: { designs: { orderBy: { position: "asc" } } } });
    expect(album).toMatchObject({ body: "Left half-sent", authorId: owner.id });
    expect(album.designs.map((d) => d.designId)).toEqual([designIds[0], designIds[1]]);
    expect(await getDb().broadcast.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ leaseUntil: null, deliveredAt: expect.any(Date) });
    expect(await albumsIn(zoya!.conversation.id)).toHaveLength(0);
    // A broadcast another live server holds is left to it.
    await deliverBroadcast(held.id);
    expect(await albumsOf(held.id)).toHaveLength(0);
    expect((await getBroadcastStatus(owner, { broadcastId: held.id })).sending).toBe(true);
  });

  it("sends to a long list of chosen buyers (more than one statement's worth of ids)", async () => {
    const { owner, business, designIds } = await supplierWithBuyers();
    const count = 1100;
    const people = Array.from({ length: count }, (_, i) => ({ id: `longlistbuyer${business.id}${i}`, name: `Buyer ${i}`, phone: `+9170${business.id.slice(-4)}${String(i).padStart(4, "0")}`, passwordHash: "x" }));
    await getDb().user.createMany({ data: people });
    await getDb().conversation.createMany({ data: people.map((person) => ({ businessId: business.id, buyerId: person.id })) });
    const sent = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds: [designIds[0]!], buyerIds: people.map((p) => p.id) });
    expect(sent.buyers).toBe(count);
    expect(new Set(sent.albums.map((a) => a.conversationId)).size).toBe(count);
    expect(sent.albums).toHaveLength(count);
  });
});
