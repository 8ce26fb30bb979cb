import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { postMessage } from "@/lib/messages/post-message";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { addStaff, createBuyerConversation, createInviteToken, createSupplier, createUser } from "../support/factories";

function recorder(userIds: string[]) {
  const seen = new Map<string, ChatEvent[]>(userIds.map((id) => [id, []]));
  const offs = userIds.map((id) => subscribe(id, ({ event }) => seen.get(id)!.push(event)));
  return { seen, stop: () => offs.forEach((off) => off()) };
}

describe("who hears about what", () => {
  it("tells the buyer and every member of the business about a message, and no other business or buyer", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const staff = await addStaff(a.business.id);
    const meena = await createBuyerConversation(a.business.id);
    const anjali = await createBuyerConversation(a.business.id);
    const listening = recorder([a.owner.id, staff.id, meena.buyer.id, anjali.buyer.id, b.owner.id]);

    const posted = await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: randomBytes(8).toString("hex"), body: "Hello" });
    listening.stop();

    const expected = { type: "message.posted", conversationId: meena.conversation.id, messageId: posted.id, seq: posted.seq, authorId: meena.buyer.id };
    for (const user of [a.owner, staff, meena.buyer]) expect(listening.seen.get(user.id)).toMatchObject([{ ...expected, message: { id: posted.id, body: "Hello" } }]);
    for (const user of [anjali.buyer, b.owner]) expect(listening.seen.get(user.id)).toEqual([]);
  });

  it("announces a buyer who joined through an invite to the business", async () => {
    const { owner, business } = await createSupplier();
    const { token } = await createInviteToken(owner, business.id);
    const buyer = await createUser();
    const listening = recorder([owner.id]);
    const accepted = await acceptInvite(buyer, { token });
    listening.stop();
    expect(listening.seen.get(owner.id)).toMatchObject([{ type: "message.posted", conversationId: accepted.kind === "BUYER" ? accepted.conversationId : "" }]);
  });

  it("tells the conversation when someone read it", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    await postMessage(buyer, { conversationId: conversation.id, clientId: randomBytes(8).toString("hex"), body: "Hi" });
    const listening = recorder([buyer.id]);
    await markConversationRead(owner, { conversationId: conversation.id });
    listening.stop();
    expect(listening.seen.get(buyer.id)).toMatchObject([{ type: "conversation.read", userId: owner.id, lastReadSeq: 1 }]);
  });

  it("tells the whole team when the buyer reads, but only the buyer (and the reader's own tabs) when a member does", async () => {
    const { owner, business } = await createSupplier();
    const staff = await addStaff(business.id);
    const { buyer, conversation } = await createBuyerConversation(business.id);
    await postMessage(owner, { conversationId: conversation.id, clientId: randomBytes(8).toString("hex"), body: "New stock" });
    await postMessage(buyer, { conversationId: conversation.id, clientId: randomBytes(8).toString("hex"), body: "Send photos" });
    await postMessage(owner, { conversationId: conversation.id, clientId: randomBytes(8).toString("hex"), body: "Coming up" });
    const listening = recorder([owner.id, staff.id, buyer.id]);
    await markConversationRead(staff, { conversationId: conversation.id, deliveredSeq: 3 });
    const heardOfStaff = [...listening.seen].filter(([, events]) => events.length).map(([who]) => who);
    expect(heardOfStaff.sort()).toEqual([buyer.id, staff.id].sort());
    listening.seen.forEach((events) => events.splice(0));
    await markConversationRead(buyer, { conversationId: conversation.id });
    listening.stop();
    for (const who of [owner.id, staff.id, buyer.id]) expect(listening.seen.get(who)).toMatchObject([{ type: "conversation.read", userId: buyer.id, lastReadSeq: 3 }]);
  });
});
