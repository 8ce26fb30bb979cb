// A live event carries the message as its recipient's screen draws it, so an open tab needs no
// request: for every kind of message (text, reply, design post, pick card, its change, order card,
// order line), each recipient's event holds exactly what the messages API answers that recipient,
// and the chats list row and order summary match what the server would render. Outsiders hear
// nothing. Events are read off the real event stream (per-person framing included).
import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { acceptOrder } from "@/lib/orders/accept-order";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { updatePick } from "@/lib/picks/update-pick";
import { openEventStream } from "@/lib/realtime/event-stream";
import type { LiveEvent } from "@/lib/realtime/live-event";
import { postTestDesigns } from "../support/design-factories";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { clientId, pick } from "../support/order-factories";

/** Listens like a tab: an event stream per person, frames parsed as the browser's EventSource does. */
function listen(person: Actor) {
  const events: LiveEvent[] = [];
  const stop = openEventStream(person.id, null, {
    write(text) {
      for (const line of text.split("\n")) if (line.startsWith("data: ")) events.push(JSON.parse(line.slice(6)) as LiveEvent);
      return true;
    },
    backlog: () => 0,
    close() {},
  });
  return { person, events, stop, take: () => events.splice(0) };
}

const streams: Array<ReturnType<typeof listen>> = [];
afterEach(() => streams.splice(0).forEach((s) => s.stop()));

async function scene() {
  const { owner, business } = await createSupplier();
  const staff = await addStaff(business.id);
  const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
  const { buyer: otherBuyer } = await createBuyerConversation(business.id, "Kavya");
  const { owner: stranger } = await createSupplier("Other Textiles");
  const [ownerTab, staffTab, buyerTab, otherBuyerTab, strangerTab] = [owner, staff, buyer, otherBuyer, stranger].map(listen);
  streams.push(ownerTab!, staffTab!, buyerTab!, otherBuyerTab!, strangerTab!);
  return { owner, staff, buyer, business, conversation, audience: [ownerTab!, staffTab!, buyerTab!], outsiders: [otherBuyerTab!, strangerTab!] };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** Each recipient's new message events carry what the API answers them now; returns the events. */
async function expectEventsMatchApi(s: Scene, kinds: string[]) {
  const seen: LiveEvent[] = [];
  for (const tab of s.audience) {
    const events = tab.take().filter((e) => e.type === "message.posted" || e.type === "message.updated");
    expect(events.map((e) => e.type)).toEqual(kinds);
    for (const event of events) {
      if (event.type !== "message.posted" && event.type !== "message.updated") continue;
      const api = await listMessages(tab.person, { conversationId: s.conversation.id, messageId: event.messageId });
      expect(event.message).toEqual(api.messages[0]);
      expect(event.message?.mine).toBe(event.authorId === tab.person.id);
      if (event.type === "message.posted") {
        const [row] = (await listConversations(tab.person)).filter((r) => r.id === s.conversation.id);
        expect(event.row).toEqual({ preview: row!.preview, previewLine: row!.previewLine, lastMessageAt: row!.lastMessageAt.toISOString(), lastSeq: row!.lastSeq });
      }
      seen.push(event);
    }
  }
  for (const tab of s.outsiders) expect(tab.take()).toEqual([]);
  return seen;
}

describe("live events carry what the screen shows", () => {
  it("text, a reply, a design post, a pick, its change, an order card and an order line: each recipient's event equals their API view", async () => {
    const s = await scene();
    const { owner, buyer, conversation } = s;

    const text = await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "  Namaste, any new kurtis?  " });
    await expectEventsMatchApi(s, ["message.posted"]);

    await postMessage(owner, { conversationId: conversation.id, clientId: clientId(), body: "Yes, sending now", parentId: text.id });
    await expectEventsMatchApi(s, ["message.posted"]);

    const album = await postTestDesigns(owner, s.business.id, conversation.id, [{ photos: 2, title: "Bandhani", pricePerPiecePaise: 45_000, colours: ["Red", "Mustard"] }, { title: "Leheriya" }], "New this week");
    const [postEvent] = await expectEventsMatchApi(s, ["message.posted"]);
    expect(postEvent?.type === "message.posted" && postEvent.message?.designs.map((d) => Boolean(d.photo?.thumbWebp))).toEqual([true, true]);

    const picked = await pick(buyer, conversation.id, album.designs[0]!.id, { sets: 2 });
    await expectEventsMatchApi(s, ["message.posted"]);

    await updatePick(buyer, { pickId: picked.id, sets: 3 });
    await expectEventsMatchApi(s, ["message.updated"]);

    const order = await confirmOrder(buyer, { conversationId: conversation.id, idempotencyKey: clientId() });
    await expectEventsMatchApi(s, ["message.posted"]);

    await acceptOrder(owner, { orderId: order.id });
    const [line] = await expectEventsMatchApi(s, ["message.posted"]);
    expect(line?.type === "message.posted" && line.message?.order?.status).toBe("ACCEPTED");
  });

  it("order changes carry the order as it stands, to the buyer and every member only", async () => {
    const s = await scene();
    const album = await postTestDesigns(s.owner, s.business.id, s.conversation.id, [{ title: "Ajrakh", pricePerPiecePaise: 30_000, colours: ["Red"] }]);
    await pick(s.buyer, s.conversation.id, album.designs[0]!.id, { sets: 1 });
    const order = await confirmOrder(s.buyer, { conversationId: s.conversation.id, idempotencyKey: clientId() });
    await acceptOrder(s.staff, { orderId: order.id });
    for (const tab of s.audience) {
      const updates = tab.take().flatMap((e) => (e.type === "order.updated" ? [e] : []));
      expect(updates.map((u) => u.order?.status)).toEqual(["PLACED", "ACCEPTED"]);
      expect(updates[1]?.order).toMatchObject({ id: order.id, number: order.number, totalPaise: order.totalPaise, totalPieces: order.totalPieces, paidPaise: 0, status: "ACCEPTED" });
    }
    for (const tab of s.outsiders) expect(tab.take()).toEqual([]);
  });
});
