// The event log on both providers: what a client misses while its stream is down is replayed from
// the log exactly (every event meant for it, order changes included, nothing of anyone else's, no
// repeats), a stream always tells the browser where it stands, and a gap the log no longer holds
// makes the client reload instead of silently missing events.
import { describe, expect, it } from "vitest";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { getDb } from "@/lib/db";
import { postMessage } from "@/lib/messages/post-message";
import { acceptOrder } from "@/lib/orders/accept-order";
import { markPacked } from "@/lib/orders/mark-packed";
import { removePick } from "@/lib/picks/remove-pick";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { appendEvent, KEEP_EVENTS_MS, MAX_REPLAY, pruneEventLog, replayAfter } from "@/lib/realtime/event-log";
import { announceEvents, deliveredThrough, startEventLog } from "@/lib/realtime/event-log-reader";
import { openEventStream, STREAM_RESET_EVENT } from "@/lib/realtime/event-stream";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { clientId, createShop, pick, placeOrder } from "../support/order-factories";

async function newestLogId(): Promise<number> {
  return Number((await getDb().eventLogEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0);
}

function say(actor: { id: string; name: string }, conversationId: string, body: string) {
  return postMessage(actor, { conversationId, clientId: clientId(), body });
}

/** An event stream written into a list of SSE frames (those with an event or an id). */
function openStream(userId: string, lastEventId: string | null) {
  const frames: { id?: string; event?: string; data?: unknown }[] = [];
  const stop = openEventStream(userId, lastEventId, {
    write(text) {
      for (const block of text.split("\n\n")) {
        const fields = Object.fromEntries(block.split("\n").filter((line) => /^(id|event|data):/.test(line)).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
        if (fields.event || fields.id) frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? "null") });
      }
      return true;
    },
    backlog: () => 0,
    close: () => {},
  });
  return { frames, stop };
}

describe("the event log", () => {
  it("replays exactly what a buyer missed, order changes included, and nothing of anyone else's", async () => {
    const shop = await createShop({ minimumSets: 1 });
    const other = await createSupplier("Other Textiles");
    const elsewhere = await createBuyerConversation(other.business.id, "Stranger");
    const sameShopOtherBuyer = await createBuyerConversation(shop.business.id, "Anjali");
    const before = await newestLogId();

    // While the buyer's phone sleeps: a message to them, a pick changed, an order placed and moved,
    // receipts, and events in conversations that are not theirs.
    const hello = await say(shop.owner, shop.conversation.id, "New stock on Monday");
    const dropped = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1 });
    await removePick(shop.buyer, { pickId: dropped.id });
    const order = await placeOrder(shop, 2);
    await acceptOrder(shop.owner, { orderId: order.id });
    await markPacked(shop.staff, { orderId: order.id });
    await markConversationRead(shop.owner, { conversationId: shop.conversation.id });
    await say(shop.owner, sameShopOtherBuyer.conversation.id, "for Anjali only");
    await say(other.owner, elsewhere.conversation.id, "another business");

    const replay = await replayAfter(shop.buyer.id, before, Number.MAX_SAFE_INTEGER);
    if (replay.kind !== "events") throw new Error("expected a replay");
    const ids = replay.events.map((row) => row.id);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    expect(replay.events.every((row) => row.event.conversationId === shop.conversation.id)).toBe(true);
    const kinds = replay.events.map(({ event }) => (event.type === "order.updated" ? `order ${event.status}` : event.type));
    expect(kinds).toEqual([
      "message.posted", // the owner's message
      "message.posted", // the pick card
      "message.updated", // the card after the pick was removed
      "message.posted", // the new pick card
      "message.posted", // the order card
      "order PLACED",
      "message.posted", // "accepted"
      "order ACCEPTED",
      "message.posted", // "packed"
      "order PACKED",
      "conversation.read", // the owner read it: the buyer's ticks turn
    ]);
    // Events carry what the screen shows: the message itself and the order as it stands.
    const first = replay.events[0]!.event as Extract<ChatEvent, { type: "message.posted" }>;
    expect(first.message).toMatchObject({ id: hello.id, body: "New stock on Monday", authorName: shop.owner.name });
    const last = replay.events.at(-2)!.event as Extract<ChatEvent, { type: "order.updated" }>;
    expect(last.order).toMatchObject({ id: order.id, status: "PACKED" });

    // Replaying from the last one gives nothing more.
    expect(await replayAfter(shop.buyer.id, ids.at(-1)!, Number.MAX_SAFE_INTEGER)).toEqual({ kind: "events", events: [] });
    // A stranger, and the other buyer of the same shop, get none of it.
    const stranger = await replayAfter(elsewhere.buyer.id, before, Number.MAX_SAFE_INTEGER);
    expect(stranger.kind === "events" && stranger.events.map(({ event }) => event.conversationId)).toEqual([elsewhere.conversation.id]);
    const anjali = await replayAfter(sameShopOtherBuyer.buyer.id, before, Number.MAX_SAFE_INTEGER);
    expect(anjali.kind === "events" && anjali.events.every(({ event }) => event.conversationId === sameShopOtherBuyer.conversation.id)).toBe(true);
    // A member's receipt is not news to the other members (lib/realtime/receipt-audience.ts).
    const staffReplay = await replayAfter(shop.staff.id, before, Number.MAX_SAFE_INTEGER);
    expect(staffReplay.kind === "events" && staffReplay.events.some(({ event }) => event.type === "conversation.read")).toBe(false);
  });

  it("a stream starts by saying where it stands; reconnecting from there sends each missed event once, then live ones", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
    await startEventLog();
    const first = openStream(buyer.id, null);
    await expect.poll(() => first.frames[0]).toEqual({ id: String(await deliveredThrough()), event: undefined, data: null });
    await say(owner, conversation.id, "one");
    await expect.poll(() => first.frames.length).toBe(2);
    const lastSeen = first.frames.at(-1)!.id!;
    first.stop();

    await say(owner, conversation.id, "two (while away)");
    await say(owner, conversation.id, "three (while away)");
    const again = openStream(buyer.id, lastSeen);
    await expect.poll(() => again.frames.length).toBe(2);
    await say(owner, conversation.id, "four (live)");
    await expect.poll(() => again.frames.length).toBe(3);
    again.stop();
    const bodies = again.frames.map((frame) => (frame.data as { message?: { body?: string } }).message?.body);
    expect(bodies).toEqual(["two (while away)", "three (while away)", "four (live)"]);
    const ids = again.frames.map((frame) => Number(frame.id));
    expect(ids.every((id, i) => id > (ids[i - 1] ?? Number(lastSeen)))).toBe(true);
  });

  it("a gap the log cannot replay (too many events, or pruned) makes the client reload", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
    const before = await newestLogId();
    // More events than a replay carries: receipts are the cheapest to make in bulk.
    const db = getDb();
    const row = { conversationId: conversation.id, recipients: JSON.stringify([buyer.id]), event: JSON.stringify({ type: "conversation.read", conversationId: conversation.id, userId: owner.id, lastReadSeq: 0, lastDeliveredSeq: 0 }) };
    await db.$transaction(async (tx) => {
      for (let i = 0; i <= MAX_REPLAY; i++) await appendEvent(tx, [buyer.id], JSON.parse(row.event) as ChatEvent);
    });
    await announceEvents(); // as every writer does after its commit
    expect(await replayAfter(buyer.id, before, Number.MAX_SAFE_INTEGER)).toEqual({ kind: "reset" });
    const stream = openStream(buyer.id, String(before));
    await expect.poll(() => stream.frames[0]?.event).toBe(STREAM_RESET_EVENT);
    stream.stop();

    // Pruned: rows older than a day go, the newest stays, and a client from before them reloads.
    const newest = await newestLogId();
    await db.eventLogEntry.updateMany({ where: { id: { lte: newest } }, data: { createdAt: new Date(Date.now() - KEEP_EVENTS_MS - 60_000) } });
    // A client that was here a moment ago is not reset by rows merely being old.
    expect(await replayAfter(buyer.id, newest, Number.MAX_SAFE_INTEGER)).toEqual({ kind: "events", events: [] });
    expect(await pruneEventLog()).toBeGreaterThan(0);
    expect(await db.eventLogEntry.count()).toBe(1);
    expect(await replayAfter(buyer.id, before, Number.MAX_SAFE_INTEGER)).toEqual({ kind: "reset" });
    expect(await replayAfter(buyer.id, newest, Number.MAX_SAFE_INTEGER)).toEqual({ kind: "events", events: [] });
  });

  it("delivers to this process's subscribers in log order, once each", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
    const heard: number[] = [];
    const off = subscribe(buyer.id, ({ id }) => heard.push(id));
    await startEventLog();
    await Promise.all(Array.from({ length: 10 }, (_, i) => say(owner, conversation.id, `at once ${i}`)));
    off();
    expect(heard).toHaveLength(10);
    expect(heard).toEqual([...heard].sort((x, y) => x - y));
    expect(await deliveredThrough()).toBeGreaterThanOrEqual(heard.at(-1)!);
  });
});
