// Push notifications end to end on the server side: real services publish, the queue encrypts and
// POSTs to a push service on localhost, and the test decrypts what arrived with the
// subscription's own keys (tests/support/push-service.ts).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { postMessage } from "@/lib/messages/post-message";
import { acceptOrder } from "@/lib/orders/accept-order";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { setPushQueueOptionsForTests, whenPushQueueIdle } from "@/lib/push/push-queue";
import { setConversationMute } from "@/lib/push/set-conversation-mute";
import { subscribeDevice } from "@/lib/push/subscribe-device";
import { unsubscribeDevice } from "@/lib/push/unsubscribe-device";
import { getVapidKeys } from "@/lib/push/vapid-keys";
import { forgetViewingTabsForTests, reportTabView } from "@/lib/push/viewing-tabs";
import { subscribe } from "@/lib/realtime/event-bus";
import { postTestDesigns } from "../support/design-factories";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { clientId, pick, placeOrder } from "../support/order-factories";
import { startPushService, type PushService } from "../support/push-service";
import { rejection } from "../support/rejection";

let service: PushService;

beforeAll(async () => {
  service = await startPushService();
  process.env.PUSH_EXTRA_ORIGINS = service.origin;
  resetEnvForTests();
  setPushQueueOptionsForTests({ backoffMs: () => 1 });
});

afterAll(async () => {
  await service.close();
});

beforeEach(() => {
  service.received.length = 0;
  forgetViewingTabsForTests();
});

/** Turns notifications on for a new device of `person`, as the browser's POST does. */
async function device(person: Actor) {
  const subscription = service.subscribe();
  await subscribeDevice(person, { ...subscription, userAgent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36" });
  return subscription;
}

/** What arrived at the endpoint, once everything queued has been sent. */
async function pushesTo(...subscriptions: { endpoint: string }[]) {
  await whenPushQueueIdle();
  return subscriptions.map(({ endpoint }) => service.received.filter((push) => push.endpoint === endpoint).map((push) => push.payload));
}

async function shop() {
  const { owner, business } = await createSupplier("Surat Silk House");
  const staff = await addStaff(business.id);
  const { buyer, conversation } = await createBuyerConversation(business.id, "Meena Fashions");
  return { owner, staff, business, buyer, conversation, ownerPhone: await device(owner), staffPhone: await device(staff), buyerPhone: await device(buyer) };
}

const say = (actor: Actor, conversationId: string, body: string) => postMessage(actor, { conversationId, clientId: randomBytes(8).toString("hex"), body });

describe("who gets a push for what", () => {
  it("a message reaches the other side's devices, encrypted for each, signed with our VAPID key, and not the author's", async () => {
    const s = await shop();
    await say(s.buyer, s.conversation.id, "Do you have the red one in XL?");
    const [owner, staff, buyer] = await pushesTo(s.ownerPhone, s.staffPhone, s.buyerPhone);
    const expected = { title: "Meena Fashions", body: "Do you have the red one in XL?", url: `/chats/${s.conversation.id}`, conversationId: s.conversation.id };
    expect(owner).toEqual([expect.objectContaining(expected)]);
    expect(staff).toEqual([expect.objectContaining(expected)]);
    expect(buyer).toEqual([]);
    const push = service.received[0]!;
    expect(push.headers["content-encoding"]).toBe("aes128gcm");
    expect(push.headers.authorization).toContain(`k=${getVapidKeys().publicKey}`);
    expect(push.bytes).toBeLessThan(4096);
  });

  it("a design post names the sender and the business to the buyer, previews the album and carries its thumbnail", async () => {
    const s = await shop();
    await postTestDesigns(s.owner, s.business.id, s.conversation.id, [{}, {}], "New Diwali stock");
    const [buyer, owner, staff] = await pushesTo(s.buyerPhone, s.ownerPhone, s.staffPhone);
    expect(buyer).toEqual([
      expect.objectContaining({ title: "Owner · Surat Silk House", body: "📷 2 designs · New Diwali stock", url: `/chats/${s.conversation.id}`, image: expect.stringMatching(/^\/photos\/.+/) }),
    ]);
    expect(owner).toEqual([]);
    expect(staff).toEqual([expect.objectContaining({ title: "Owner", body: "📷 2 designs · New Diwali stock" })]);
  });

  it("a pick reaches the business with the picked design's thumbnail", async () => {
    const s = await shop();
    const posted = await postTestDesigns(s.owner, s.business.id, s.conversation.id, [{ code: "D-0142", colours: ["Red"], pricePerPiecePaise: 45_000, setComposition: [{ size: "M", ratio: 2 }] }]);
    await whenPushQueueIdle();
    service.received.length = 0;
    await pick(s.buyer, s.conversation.id, posted.designs[0]!.id, { sets: 3, colour: "Red" });
    const [owner, buyer] = await pushesTo(s.ownerPhone, s.buyerPhone);
    expect(owner).toEqual([expect.objectContaining({ title: "Meena Fashions", body: expect.stringContaining("D-0142"), image: expect.stringMatching(/^\/photos\//) })]);
    expect(buyer).toEqual([]);
  });

  it("each order change reaches everyone but whoever made it, and opens the order", async () => {
    const s = await shop();
    const posted = await postTestDesigns(s.owner, s.business.id, s.conversation.id, [{ pricePerPiecePaise: 45_000, colours: ["Red"] }]);
    const order = await placeOrder({ buyer: s.buyer, conversation: s.conversation, design: { id: posted.designs[0]!.id } });
    await whenPushQueueIdle();
    service.received.length = 0;

    await acceptOrder(s.owner, { orderId: order.id });
    await markDispatched(s.staff, { orderId: order.id, transporter: "VRL", lrNumber: "LR-77", parcels: 2 });
    const [buyer, owner, staff] = await pushesTo(s.buyerPhone, s.ownerPhone, s.staffPhone);
    const url = `/orders/${order.id}`;
    expect(buyer).toEqual([
      expect.objectContaining({ title: "Surat Silk House", body: `Order #${order.number} accepted by Owner`, url }),
      expect.objectContaining({ title: "Surat Silk House", body: `Order #${order.number} dispatched by VRL, LR LR-77, 2 parcels`, url }),
    ]);
    expect(owner).toEqual([expect.objectContaining({ title: "Meena Fashions", body: expect.stringContaining("dispatched"), url })]);
    expect(staff).toEqual([expect.objectContaining({ title: "Meena Fashions", body: expect.stringContaining("accepted"), url })]);
  });

  it("the order the buyer places reaches the business", async () => {
    const s = await shop();
    const posted = await postTestDesigns(s.owner, s.business.id, s.conversation.id, [{ pricePerPiecePaise: 45_000, colours: ["Red"] }]);
    await pick(s.buyer, s.conversation.id, posted.designs[0]!.id, { sets: 2 });
    await whenPushQueueIdle();
    service.received.length = 0;
    const { confirmOrder } = await import("@/lib/orders/confirm-order");
    const order = await confirmOrder(s.buyer, { conversationId: s.conversation.id, idempotencyKey: clientId() });
    const [owner, buyer] = await pushesTo(s.ownerPhone, s.buyerPhone);
    expect(owner).toEqual([expect.objectContaining({ title: "Meena Fashions", body: expect.stringContaining(`#${order.number}`), url: `/orders/${order.id}` })]);
    expect(buyer).toEqual([]);
  });
});

describe("when no push is sent", () => {
  it("none while a visible tab of the recipient shows that conversation; one when it shows another or is hidden", async () => {
    const s = await shop();
    const stopStream = subscribe(s.owner.id, () => {}); // the tab's event stream
    try {
      reportTabView(s.owner.id, "tab-aaaaaaaa", { conversationId: s.conversation.id, visible: true, sentAt: performance.now() });
      await say(s.buyer, s.conversation.id, "Seen live");
      expect((await pushesTo(s.ownerPhone))[0]).toEqual([]);
      expect((await pushesTo(s.staffPhone))[0]).toHaveLength(1); // the staff member's tab shows nothing

      reportTabView(s.owner.id, "tab-aaaaaaaa", { conversationId: s.conversation.id, visible: false, sentAt: performance.now() });
      await say(s.buyer, s.conversation.id, "Phone in the pocket");
      reportTabView(s.owner.id, "tab-aaaaaaaa", { conversationId: "another-conversation", visible: true, sentAt: performance.now() });
      await say(s.buyer, s.conversation.id, "Looking elsewhere");
      expect((await pushesTo(s.ownerPhone))[0]).toEqual([expect.objectContaining({ body: "Phone in the pocket" }), expect.objectContaining({ body: "Looking elsewhere" })]);
    } finally {
      stopStream();
    }
  });

  it("a tab's report stops counting when its event stream is gone", async () => {
    const s = await shop();
    const stopStream = subscribe(s.owner.id, () => {});
    reportTabView(s.owner.id, "tab-bbbbbbbb", { conversationId: s.conversation.id, visible: true, sentAt: performance.now() });
    stopStream(); // the tab was killed without a word
    await say(s.buyer, s.conversation.id, "Anyone there?");
    expect((await pushesTo(s.ownerPhone))[0]).toEqual([expect.objectContaining({ body: "Anyone there?" })]);
  });

  it("none for a conversation the recipient muted, and again after unmuting", async () => {
    const s = await shop();
    await setConversationMute(s.owner, { conversationId: s.conversation.id, muted: true });
    await setConversationMute(s.owner, { conversationId: s.conversation.id, muted: true }); // twice is fine
    await say(s.buyer, s.conversation.id, "Muted");
    expect((await pushesTo(s.ownerPhone, s.staffPhone)).map((p) => p.length)).toEqual([0, 1]);

    await setConversationMute(s.owner, { conversationId: s.conversation.id, muted: false });
    await say(s.buyer, s.conversation.id, "Unmuted");
    expect((await pushesTo(s.ownerPhone))[0]).toEqual([expect.objectContaining({ body: "Unmuted" })]);
  });

  it("a join line notifies nobody", async () => {
    const { queueMessagePush } = await import("@/lib/push/notify-message");
    const s = await shop();
    const line = { id: "m1", seq: 1, kind: "SYSTEM" as const, body: "Meena joined", authorId: null, authorName: null, authorClientId: "x", createdAt: new Date().toISOString(), parent: null, replyCount: 0, designs: [], pick: null, order: null, photos: [], document: null, line: null };
    queueMessagePush({ conversationId: s.conversation.id, message: line, audience: [s.owner.id, s.buyer.id], actorId: null });
    expect((await pushesTo(s.ownerPhone, s.buyerPhone)).flat()).toEqual([]);
  });
});

describe("what the push service answers", () => {
  it("a 410 (or 404) removes the subscription; a 429 or 500 is tried again until it is accepted", async () => {
    const s = await shop();
    service.answer(s.ownerPhone.endpoint, 410);
    service.answer(s.staffPhone.endpoint, 404);
    await say(s.buyer, s.conversation.id, "Hello?");
    await whenPushQueueIdle();
    const left = await getDb().pushSubscription.findMany({ where: { userId: { in: [s.owner.id, s.staff.id] } } });
    expect(left).toEqual([]);

    service.answer(s.buyerPhone.endpoint, [429, 500, 503]);
    await say(s.owner, s.conversation.id, "Retried");
    expect((await pushesTo(s.buyerPhone))[0]).toEqual([expect.objectContaining({ body: "Retried" })]);
    const buyerDevice = await getDb().pushSubscription.findUniqueOrThrow({ where: { endpoint: s.buyerPhone.endpoint } });
    expect(buyerDevice.lastSuccessAt).not.toBeNull();
  });

  it("gives up after a bound and keeps the subscription", async () => {
    const s = await shop();
    setPushQueueOptionsForTests({ backoffMs: () => 1, maxAttempts: 3 });
    try {
      service.answer(s.buyerPhone.endpoint, [503, 503, 503, 503]);
      await say(s.owner, s.conversation.id, "Lost");
      expect((await pushesTo(s.buyerPhone))[0]).toEqual([]);
      await say(s.owner, s.conversation.id, "Fourth attempt's answer is 503, the fifth is 201");
      // The first message used 3 of the 4 planned 503s; this one gets the last 503, then 201.
      expect((await pushesTo(s.buyerPhone))[0]).toHaveLength(1);
      expect(await getDb().pushSubscription.count({ where: { endpoint: s.buyerPhone.endpoint } })).toBe(1);
    } finally {
      setPushQueueOptionsForTests({ backoffMs: () => 1 });
    }
  });
});

describe("devices and mutes belong to their person", () => {
  it("lists, moves and removes only one's own devices", async () => {
    const s = await shop();
    const stranger = (await createSupplier()).owner;
    const ownerDevice = await getDb().pushSubscription.findUniqueOrThrow({ where: { endpoint: s.ownerPhone.endpoint } });
    expect(ownerDevice.label).toBe("Chrome on Android");

    expect((await rejection(unsubscribeDevice(stranger, { id: ownerDevice.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(unsubscribeDevice(stranger, { endpoint: s.ownerPhone.endpoint }))).code).toBe("NOT_FOUND");
    expect(await getDb().pushSubscription.count({ where: { id: ownerDevice.id } })).toBe(1);

    // The stranger signs in on the owner's browser and turns notifications on: the browser is theirs now.
    await subscribeDevice(stranger, s.ownerPhone);
    expect((await getDb().pushSubscription.findUniqueOrThrow({ where: { endpoint: s.ownerPhone.endpoint } })).userId).toBe(stranger.id);

    await unsubscribeDevice(s.buyer, { endpoint: s.buyerPhone.endpoint });
    expect(await getDb().pushSubscription.count({ where: { endpoint: s.buyerPhone.endpoint } })).toBe(0);
  });

  it("refuses endpoints that are not a push service's, and malformed keys", async () => {
    const { owner } = await createSupplier();
    const valid = service.subscribe();
    for (const endpoint of ["http://10.0.0.5/internal", "https://example.com/push", "https://fcm.googleapis.com:8443/x", "file:///etc/passwd"]) {
      expect((await rejection(subscribeDevice(owner, { ...valid, endpoint }))).code).toBe("INVALID");
    }
    expect((await rejection(subscribeDevice(owner, { ...valid, keys: { p256dh: "short", auth: valid.keys.auth } }))).code).toBe("INVALID");
    expect(await getDb().pushSubscription.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("mutes only a conversation one sees", async () => {
    const s = await shop();
    const stranger = (await createSupplier()).owner;
    expect((await rejection(setConversationMute(stranger, { conversationId: s.conversation.id, muted: true }))).code).toBe("NOT_FOUND");
    expect((await rejection(setConversationMute(s.owner, { conversationId: s.conversation.id, muted: "yes" }))).code).toBe("INVALID");
    expect(await getDb().conversationMute.count({ where: { conversationId: s.conversation.id } })).toBe(0);
  });
});
