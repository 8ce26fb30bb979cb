import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMessages } from "@/lib/messages/list-messages";
import { createPick } from "@/lib/picks/create-pick";
import { getTray } from "@/lib/picks/get-tray";
import { removePick } from "@/lib/picks/remove-pick";
import { updatePick } from "@/lib/picks/update-pick";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { createSupplier } from "../support/factories";
import { addBuyer, clientId, createDesign, createShop, orderTableCounts, pick, postDesigns } from "../support/order-factories";
import { rejection } from "../support/rejection";

describe("picking a design in the chat", () => {
  it("stores the pick at the design's price and posts a card replying to the latest post of the design", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000, minimumSets: 2 });
    const repost = await postDesigns(shop.owner, shop.conversation.id, [shop.design.id]);
    const heard: ChatEvent[] = [];
    const off = subscribe(shop.owner.id, ({ event }) => heard.push(event));
    // A price sent by the client is not part of the input and is ignored.
    const made = await createPick(shop.buyer, { conversationId: shop.conversation.id, designId: shop.design.id, clientId: clientId(), colour: "red", sets: 3, pricePerPiecePaise: 1, totalPaise: 1 });
    off();

    expect(made).toMatchObject({ code: shop.design.code, colour: "Red", sets: 3, pieces: 18, pricePerPiecePaise: 45_000, totalPaise: 810_000, status: "OPEN" });
    expect(made.summary).toBe(`${shop.design.code} Red, 3 sets = 18 pcs, Rs 8,100`);
    const db = getDb();
    const card = await db.message.findUniqueOrThrow({ where: { id: made.messageId! } });
    expect(card).toMatchObject({ kind: "PICK", authorId: shop.buyer.id, parentId: repost.id, body: made.summary });
    // A pick quotes the post but is a card of its own, not one of the post's replies.
    expect((await db.message.findUniqueOrThrow({ where: { id: repost.id } })).replyCount).toBe(0);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: shop.conversation.id } })).lastMessagePreview).toBe(`Picked ${shop.design.code} Red, 3 sets`);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ type: "message.posted", conversationId: shop.conversation.id, messageId: card.id, seq: card.seq });

    // A later price change does not touch the pick.
    await db.design.update({ where: { id: shop.design.id }, data: { pricePerPiecePaise: 99_900 } });
    const tray = await getTray(shop.buyer, { conversationId: shop.conversation.id });
    expect(tray.picks[0]?.totalPaise).toBe(810_000);
  });

  it("takes loose pieces per size for a design sold loose, and refuses sizes it does not have", async () => {
    const shop = await createShop({ soldLoose: true, pricePerPiecePaise: 30_000, colours: [] });
    const made = await createPick(shop.buyer, { conversationId: shop.conversation.id, designId: shop.design.id, clientId: clientId(), sizePieces: { M: 4, L: 2 } });
    expect(made).toMatchObject({ colour: null, sets: null, sizePieces: { M: 4, L: 2 }, pieces: 6, totalPaise: 180_000 });
    // Read back in the set's size order on both providers (PostgreSQL's jsonb reorders keys).
    const [inTray] = (await getTray(shop.buyer, { conversationId: shop.conversation.id })).picks;
    expect(inTray?.summary).toBe(`${shop.design.code}, M:4 L:2 = 6 pcs, Rs 1,800`);
    expect(Object.keys(inTray?.sizePieces ?? {})).toEqual(["M", "L"]);
    const wrong = await rejection(createPick(shop.buyer, { conversationId: shop.conversation.id, designId: shop.design.id, clientId: clientId(), sizePieces: { XXL: 6 } }));
    expect(wrong.message).toBe(`${shop.design.code} has no size XXL. Choose from S, M, L, XL.`);
  });

  it("refuses a pick below the minimum with the message, and writes nothing", async () => {
    const shop = await createShop({ minimumSets: 2 });
    const before = await orderTableCounts();
    const refused = await rejection(pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1 }));
    expect(refused.code).toBe("INVALID");
    expect(refused.message).toBe(`${shop.design.code} needs at least 2 sets.`);
    expect(await orderTableCounts()).toEqual(before);
  });

  it("refuses a colour the design does not come in, a missing colour, and an archived design", async () => {
    const shop = await createShop({ colours: ["Red", "Mustard"] });
    const before = await orderTableCounts();
    expect((await rejection(pick(shop.buyer, shop.conversation.id, shop.design.id, { colour: "Green" }))).message).toBe(`${shop.design.code} comes in Red, Mustard, not Green.`);
    expect((await rejection(pick(shop.buyer, shop.conversation.id, shop.design.id, { colour: null }))).message).toBe(`Choose a colour for ${shop.design.code}: Red, Mustard.`);
    await getDb().design.update({ where: { id: shop.design.id }, data: { archivedAt: new Date() } });
    const archived = await rejection(pick(shop.buyer, shop.conversation.id, shop.design.id));
    expect(archived.message).toBe(`${shop.design.code} is no longer available.`);
    expect(await orderTableCounts()).toEqual(before);
  });

  it("refuses a design of another business or one never posted into this conversation, like a missing one", async () => {
    const shop = await createShop();
    const other = await createSupplier();
    const foreign = await createDesign(other.business.id, other.owner.id);
    const unposted = await createDesign(shop.business.id, shop.owner.id);
    const elsewhere = await createDesign(shop.business.id, shop.owner.id);
    await addBuyer(shop.owner, shop.business.id, [elsewhere.id]);
    const before = await orderTableCounts();
    const missing = await rejection(pick(shop.buyer, shop.conversation.id, "no-such-design"));
    expect(missing.code).toBe("NOT_FOUND");
    for (const design of [foreign, unposted, elsewhere]) {
      expect((await rejection(pick(shop.buyer, shop.conversation.id, design.id))).message).toBe(missing.message);
    }
    expect(await orderTableCounts()).toEqual(before);
  });

  it("lets only the conversation's buyer pick", async () => {
    const shop = await createShop();
    const anjali = await addBuyer(shop.owner, shop.business.id, [shop.design.id]);
    const before = await orderTableCounts();
    expect((await rejection(pick(shop.owner, shop.conversation.id, shop.design.id))).code).toBe("FORBIDDEN");
    expect((await rejection(pick(shop.staff, shop.conversation.id, shop.design.id))).code).toBe("FORBIDDEN");
    expect((await rejection(pick(anjali.buyer, shop.conversation.id, shop.design.id))).code).toBe("NOT_FOUND");
    expect(await orderTableCounts()).toEqual(before);
  });

  it("makes one pick from repeats of the same client id, even at once", async () => {
    const shop = await createShop();
    const id = clientId();
    const input = { conversationId: shop.conversation.id, designId: shop.design.id, clientId: id, colour: "Red", sets: 2 };
    const first = await createPick(shop.buyer, input);
    expect((await createPick(shop.buyer, input)).id).toBe(first.id);
    const racing = await Promise.all(Array.from({ length: 10 }, () => createPick(shop.buyer, { ...input, clientId: `${id}-x` })));
    expect(new Set(racing.map((p) => p.id)).size).toBe(1);
    expect(await getDb().pick.count({ where: { conversationId: shop.conversation.id } })).toBe(2);
    expect(await getDb().message.count({ where: { conversationId: shop.conversation.id, kind: "PICK" } })).toBe(2);
  });
});

describe("changing and removing a pick", () => {
  it("changes sets, colour and note of an open pick, recomputes totals at the pick's price and rewrites the card", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000, minimumSets: 2 });
    const made = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    await getDb().design.update({ where: { id: shop.design.id }, data: { pricePerPiecePaise: 50_000 } });
    const changed = await updatePick(shop.buyer, { pickId: made.id, sets: 5, colour: "Mustard", note: "Pack separately" });
    expect(changed).toMatchObject({ sets: 5, pieces: 30, pricePerPiecePaise: 45_000, totalPaise: 1_350_000, colour: "Mustard", note: "Pack separately" });
    const card = await getDb().message.findUniqueOrThrow({ where: { id: made.messageId! } });
    expect(card.body).toBe(`${shop.design.code} Mustard, 5 sets = 30 pcs, Rs 13,500`);
    expect(card.editedAt).not.toBeNull();

    const below = await rejection(updatePick(shop.buyer, { pickId: made.id, sets: 1 }));
    expect(below.message).toBe(`${shop.design.code} needs at least 2 sets.`);
    expect((await updatePick(shop.buyer, { pickId: made.id, note: null })).note).toBeNull();
    expect((await getDb().pick.findUniqueOrThrow({ where: { id: made.id } })).sets).toBe(5);
  });

  it("removes an open pick from the tray; a removed pick can't change", async () => {
    const shop = await createShop();
    const kept = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    const dropped = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 3, colour: "Mustard" });
    const removed = await removePick(shop.buyer, { pickId: dropped.id });
    expect(removed.status).toBe("REMOVED");
    expect((await removePick(shop.buyer, { pickId: dropped.id })).status).toBe("REMOVED");
    expect((await getDb().message.findUniqueOrThrow({ where: { id: dropped.messageId! } })).body).toBe(`Removed: ${dropped.summary}`);
    const tray = await getTray(shop.buyer, { conversationId: shop.conversation.id });
    expect(tray.picks.map((p) => p.id)).toEqual([kept.id]);
    expect((await rejection(updatePick(shop.buyer, { pickId: dropped.id, sets: 4 }))).message).toBe("This pick was removed.");
  });

  it("never lets anyone but the pick's buyer change or remove it, and writes nothing", async () => {
    const shop = await createShop();
    const made = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    const anjali = await addBuyer(shop.owner, shop.business.id, [shop.design.id]);
    const other = await createSupplier();
    const before = await orderTableCounts();
    const missing = await rejection(updatePick(shop.buyer, { pickId: "no-such-pick", sets: 3 }));
    for (const actor of [anjali.buyer, shop.owner, shop.staff, other.owner]) {
      expect((await rejection(updatePick(actor, { pickId: made.id, sets: 3 }))).message).toBe(missing.message);
      expect((await rejection(removePick(actor, { pickId: made.id }))).message).toBe(missing.message);
    }
    expect(await orderTableCounts()).toEqual(before);
    expect(await getDb().pick.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ sets: 2, status: "OPEN" });
  });
});

describe("the tray", () => {
  it("sums the buyer's open picks; members see it read-only; outsiders see nothing", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    const second = await createDesign(shop.business.id, shop.owner.id, { pricePerPiecePaise: 52_000 });
    await postDesigns(shop.owner, shop.conversation.id, [second.id]);
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 1, colour: "Mustard" });
    await pick(shop.buyer, shop.conversation.id, second.id, { sets: 3 });

    const tray = await getTray(shop.buyer, { conversationId: shop.conversation.id });
    expect(tray).toMatchObject({ readOnly: false, designs: 2, pieces: 36, totalPaise: 18 * 45_000 + 18 * 52_000 });
    expect(tray.picks).toHaveLength(3);
    const seenByStaff = await getTray(shop.staff, { conversationId: shop.conversation.id });
    expect(seenByStaff).toMatchObject({ readOnly: true, totalPaise: tray.totalPaise, buyerId: shop.buyer.id });

    const anjali = await addBuyer(shop.owner, shop.business.id, []);
    const other = await createSupplier();
    for (const actor of [anjali.buyer, other.owner]) {
      expect((await rejection(getTray(actor, { conversationId: shop.conversation.id }))).code).toBe("NOT_FOUND");
    }
    expect((await getTray(anjali.buyer, { conversationId: anjali.conversation.id })).picks).toEqual([]);
  });
});

describe("a changed pick card", () => {
  it("is announced as updated, and reads back with its new text for both sides", async () => {
    const shop = await createShop({ pricePerPiecePaise: 45_000 });
    const made = await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 2 });
    const heard: ChatEvent[] = [];
    const off = subscribe(shop.owner.id, ({ event }) => heard.push(event));
    await updatePick(shop.buyer, { pickId: made.id, sets: 4 });
    await removePick(shop.buyer, { pickId: made.id });
    off();
    expect(heard.map((e) => [e.type, "messageId" in e ? e.messageId : null])).toEqual([
      ["message.updated", made.messageId],
      ["message.updated", made.messageId],
    ]);
    const page = await listMessages(shop.owner, { conversationId: shop.conversation.id, messageId: made.messageId });
    expect(page.messages).toHaveLength(1);
    expect(page.messages[0]).toMatchObject({ id: made.messageId, kind: "PICK", pick: { status: "REMOVED" } });
    expect(page.messages[0]?.body).toMatch(/^Removed: .*4 sets/);
  });
});
