// A buyer's STOP (issue 15, item 3): replying STOP stops the supplier's broadcasts to them, START
// brings them back; both sides see a line saying so; a broadcast skips a stopped buyer, delivers to
// the rest once, and counts the skipped on its page.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STARTED_LINE, STOPPED_LINE } from "@/lib/broadcasts/broadcast-consent";
import { getBroadcastStatus } from "@/lib/broadcasts/get-broadcast-status";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { getDb } from "@/lib/db";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { resetEnvForTests } from "@/lib/env";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { subscribe } from "@/lib/realtime/event-bus";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId, postTestDesigns } from "../support/design-factories";
import { sendAndDeliver } from "../support/broadcast-helpers";
import { rejection } from "../support/rejection";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-broadcast-stop-"));
process.env.DATA_DIR = dataDir;
resetEnvForTests();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function supplierWithTwoBuyers() {
  const { owner, business } = await createSupplier();
  const meena = await createBuyerConversation(business.id, "Meena Fashions");
  const anjali = await createBuyerConversation(business.id, "Anjali Boutique");
  const catalog = await postTestDesigns(owner, business.id, meena.conversation.id, [{ title: "Festive one" }]);
  return { owner, business, meena, anjali, designId: catalog.designs[0]!.id };
}

const texts = async (actor: Parameters<typeof listMessages>[0], conversationId: string) => (await listMessages(actor, { conversationId, limit: 50 })).messages.map((m) => `${m.kind}: ${m.body ?? ""}`);
const stoppedAt = async (conversationId: string) => (await getDb().conversation.findUniqueOrThrow({ where: { id: conversationId } })).broadcastsStoppedAt;

describe("a buyer's STOP and START", () => {
  it("stop broadcasts with a line both sides see, once however often the same STOP arrives", async () => {
    const { owner, meena } = await supplierWithTwoBuyers();
    const seen: string[] = [];
    const stops = [meena.buyer.id, owner.id].map((id) => subscribe(id, ({ event }) => event.type === "message.posted" && seen.push(`${id === owner.id ? "owner" : "buyer"} ${event.message?.body}`)));
    const clientId = newClientId();
    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId, body: " Stop. " });
    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId, body: " Stop. " }); // a retry
    stops.forEach((stop) => stop());

    expect(await stoppedAt(meena.conversation.id)).toBeInstanceOf(Date);
    const line = `SYSTEM: ${STOPPED_LINE("Meena Fashions").text}`;
    for (const viewer of [meena.buyer, owner]) expect((await texts(viewer, meena.conversation.id)).slice(-2)).toEqual(["TEXT: Stop.", line]);
    expect(seen.sort()).toEqual([`buyer ${STOPPED_LINE("Meena Fashions").text}`, "buyer Stop.", `owner ${STOPPED_LINE("Meena Fashions").text}`, "owner Stop."]);

    // STOP again while stopped: a message, no second line.
    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: newClientId(), body: "STOP" });
    expect((await texts(owner, meena.conversation.id)).filter((t) => t === line)).toHaveLength(1);
  });

  it("are only words when the team writes them, or when they are part of a sentence", async () => {
    const { owner, meena } = await supplierWithTwoBuyers();
    await postMessage(owner, { conversationId: meena.conversation.id, clientId: newClientId(), body: "STOP" });
    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: newClientId(), body: "please stop sending pinks" });
    expect(await stoppedAt(meena.conversation.id)).toBeNull();
    expect((await texts(owner, meena.conversation.id)).filter((t) => t.startsWith("SYSTEM: ") && t.includes("broadcasts"))).toEqual([]);
  });

  it("make a broadcast skip the stopped buyer, deliver to the others, and count the skipped; START brings them back", async () => {
    const { owner, business, meena, anjali, designId } = await supplierWithTwoBuyers();
    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: newClientId(), body: "STOP" });
    expect((await listBusinessBuyers(owner, { businessId: business.id })).map((b) => [b.name, b.stopped])).toEqual([
      ["Anjali Boutique", false],
      ["Meena Fashions", true],
    ]);

    const sent = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds: [designId], buyerIds: "all" });
    expect(sent.albums.map((m) => m.conversationId)).toEqual([anjali.conversation.id]);
    const status = await getBroadcastStatus(owner, { broadcastId: sent.broadcastId });
    expect(status.counts).toEqual({ total: 1, sent: 1, delivered: 0, read: 0, skipped: 1 });
    expect(await getDb().message.count({ where: { conversationId: meena.conversation.id, broadcastId: { not: null } } })).toBe(0);

    // Chosen by name, alone: refused with the reason, nothing written.
    const refused = await rejection(sendBroadcast(owner, { businessId: business.id, clientId: newClientId(), designIds: [designId], buyerIds: [meena.buyer.id] }));
    expect(refused).toMatchObject({ code: "INVALID", message: "This buyer stopped new designs from broadcasts (they replied STOP)." });
    expect(await getDb().broadcast.count({ where: { businessId: business.id } })).toBe(1);

    await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: newClientId(), body: "start!" });
    expect(await stoppedAt(meena.conversation.id)).toBeNull();
    expect((await texts(owner, meena.conversation.id)).at(-1)).toBe(`SYSTEM: ${STARTED_LINE("Meena Fashions").text}`);
    const again = await sendAndDeliver(owner, { businessId: business.id, clientId: newClientId(), designIds: [designId], buyerIds: [meena.buyer.id] });
    expect(again.albums.map((m) => m.conversationId)).toEqual([meena.conversation.id]);
    expect((await getBroadcastStatus(owner, { broadcastId: again.broadcastId })).counts.skipped).toBe(0);
  });
});
