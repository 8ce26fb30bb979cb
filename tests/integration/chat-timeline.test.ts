import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";

const clientId = () => randomBytes(12).toString("hex");

async function say(actor: { id: string; name: string }, conversationId: string, body: string, parentId?: string) {
  return postMessage(actor, { conversationId, clientId: clientId(), body, parentId });
}

describe("the timeline's pages", () => {
  it("pages back through history without gaps or repeats", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    for (let i = 1; i <= 120; i++) await say(i % 2 ? buyer : owner, conversation.id, `message ${i}`);
    await markConversationRead(owner, { conversationId: conversation.id });

    const first = await listMessages(owner, { conversationId: conversation.id });
    expect(first.messages.map((m) => m.body)).toEqual(Array.from({ length: 50 }, (_, i) => `message ${71 + i}`));
    expect(first.hasOlder).toBe(true);
    const second = await listMessages(owner, { conversationId: conversation.id, beforeSeq: first.messages[0]!.seq });
    const third = await listMessages(owner, { conversationId: conversation.id, beforeSeq: second.messages[0]!.seq });
    expect(third.hasOlder).toBe(false);
    const all = [...third.messages, ...second.messages, ...first.messages].map((m) => m.seq);
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it("opens long enough to start at the first unread message, and catches up after a seq", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    for (let i = 1; i <= 10; i++) await say(owner, conversation.id, `old ${i}`);
    await markConversationRead(buyer, { conversationId: conversation.id });
    for (let i = 1; i <= 80; i++) await say(owner, conversation.id, `new ${i}`);

    const page = await listMessages(buyer, { conversationId: conversation.id });
    expect(page.viewerReadSeq).toBe(10);
    expect(page.messages.length).toBe(90); // 80 unread and 10 before them for context
    expect(page.messages.find((m) => m.seq > page.viewerReadSeq)?.body).toBe("new 1");

    const after = await listMessages(buyer, { conversationId: conversation.id, afterSeq: 85 });
    expect(after.messages.map((m) => m.body)).toEqual(["new 76", "new 77", "new 78", "new 79", "new 80"]);
  });

  it("shows replies with a quote of their parent and a thread with the parent first", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const question = await say(owner, conversation.id, "New kurtis: D-0142 in red and mustard");
    await say(buyer, conversation.id, "Unrelated: when is the next lorry?");
    await say(buyer, conversation.id, "Red please, 3 sets", question.id);
    await say(owner, conversation.id, "Noted", question.id);

    const page = await listMessages(buyer, { conversationId: conversation.id });
    const parent = page.messages.find((m) => m.id === question.id)!;
    expect(parent.replyCount).toBe(2);
    const reply = page.messages.find((m) => m.body === "Red please, 3 sets")!;
    expect(reply.parent).toMatchObject({ id: question.id, authorName: owner.name, snippet: "New kurtis: D-0142 in red and mustard" });

    const thread = await listMessages(buyer, { conversationId: conversation.id, threadOf: question.id });
    expect(thread.messages.map((m) => m.body)).toEqual(["New kurtis: D-0142 in red and mustard", "Red please, 3 sets", "Noted"]);
  });

  it("refuses a reply to a message of another conversation, and threads of conversations one is not in", async () => {
    const { owner, business } = await createSupplier();
    const meena = await createBuyerConversation(business.id);
    const anjali = await createBuyerConversation(business.id);
    const elsewhere = await say(owner, anjali.conversation.id, "For Anjali only");
    expect((await rejection(say(meena.buyer, meena.conversation.id, "sneaky", elsewhere.id))).code).toBe("NOT_FOUND");
    const missing = await rejection(listMessages(meena.buyer, { conversationId: "missing", threadOf: elsewhere.id }));
    const denied = await rejection(listMessages(meena.buyer, { conversationId: anjali.conversation.id, threadOf: elsewhere.id }));
    expect(denied.message).toBe(missing.message);
    // Naming another conversation's message as a thread of one's own finds nothing either.
    expect((await rejection(listMessages(meena.buyer, { conversationId: meena.conversation.id, threadOf: elsewhere.id }))).code).toBe("NOT_FOUND");
  });
});

describe("receipts", () => {
  it("moves delivered and read forward only, never past the newest message, and shows them to the other side", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    for (let i = 1; i <= 5; i++) await say(owner, conversation.id, `m${i}`);

    expect(await markConversationRead(buyer, { conversationId: conversation.id, deliveredSeq: 4 })).toEqual({ lastReadSeq: 0, lastDeliveredSeq: 4 });
    expect((await listMessages(owner, { conversationId: conversation.id })).otherSide).toEqual({ deliveredSeq: 4, readSeq: 0 });
    expect(await markConversationRead(buyer, { conversationId: conversation.id, readSeq: 2 })).toEqual({ lastReadSeq: 2, lastDeliveredSeq: 4 });
    expect(await markConversationRead(buyer, { conversationId: conversation.id, deliveredSeq: 1 })).toEqual({ lastReadSeq: 2, lastDeliveredSeq: 4 });
    expect(await markConversationRead(buyer, { conversationId: conversation.id, readSeq: 999 })).toEqual({ lastReadSeq: 5, lastDeliveredSeq: 5 });
    expect((await listMessages(owner, { conversationId: conversation.id })).otherSide).toEqual({ deliveredSeq: 5, readSeq: 5 });
  });
});
