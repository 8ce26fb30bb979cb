import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { listConversations } from "@/lib/conversations/list-conversations";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { postMessage } from "@/lib/messages/post-message";
import { createBuyerConversation, createSupplier, tableCounts } from "../support/factories";
import { rejection } from "../support/rejection";
import { testProvider } from "../support/test-database";

const clientId = () => randomBytes(12).toString("hex");


describe("posting a text message", () => {
  it("stores it trimmed with the next seq and updates the list preview and the sender's read state", async () => {
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const first = await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "  Is D-0142 in red?  " });
    const second = await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "And in XL?" });
    expect(second.seq).toBe(first.seq + 1);
    const db = getDb();
    expect((await db.message.findUniqueOrThrow({ where: { id: first.id } })).body).toBe("Is D-0142 in red?");
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastMessagePreview).toBe("And in XL?");
    const readState = await db.readState.findUniqueOrThrow({ where: { conversationId_userId: { conversationId: conversation.id, userId: buyer.id } } });
    expect(readState.lastReadSeq).toBe(second.seq);
  });

  it("stores one message when the same client id arrives twice at once", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const id = clientId();
    const sends = await Promise.all([1, 2, 3].map(() => postMessage(owner, { conversationId: conversation.id, clientId: id, body: "New stock on Friday" })));
    expect(new Set(sends.map((s) => s.id)).size).toBe(1);
    expect(await getDb().message.count({ where: { conversationId: conversation.id } })).toBe(1);
  });

  it("clears the other side's unread count when they open the conversation, never moving it back", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "one" });
    await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "two" });
    expect((await listConversations(owner))[0]?.unread).toBe(2);
    await Promise.all([markConversationRead(owner, { conversationId: conversation.id }), markConversationRead(owner, { conversationId: conversation.id })]);
    expect((await listConversations(owner))[0]?.unread).toBe(0);
    const other = await createSupplier();
    expect((await rejection(markConversationRead(other.owner, { conversationId: conversation.id }))).code).toBe("NOT_FOUND");
  });

  it("counts a reply on its parent", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const question = await postMessage(buyer, { conversationId: conversation.id, clientId: clientId(), body: "Price?" });
    await postMessage(owner, { conversationId: conversation.id, clientId: clientId(), body: "Rs 450 a piece", parentId: question.id });
    expect((await getDb().message.findUniqueOrThrow({ where: { id: question.id } })).replyCount).toBe(1);
  });

  it("refuses empty and over-long text with a clear message", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    expect((await rejection(postMessage(owner, { conversationId: conversation.id, clientId: clientId(), body: "   " }))).message).toBe("Type a message first.");
    expect((await rejection(postMessage(owner, { conversationId: conversation.id, clientId: clientId(), body: "x".repeat(4001) }))).message).toMatch(/up to 4,000/);
  });

  it("refuses outsiders exactly like a missing conversation, and stores nothing", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const meena = await createBuyerConversation(a.business.id);
    const anjali = await createBuyerConversation(a.business.id);
    const before = await tableCounts();
    const missing = await rejection(postMessage(anjali.buyer, { conversationId: "missing", clientId: clientId(), body: "hi" }));
    for (const actor of [anjali.buyer, b.owner]) {
      const denied = await rejection(postMessage(actor, { conversationId: meena.conversation.id, clientId: clientId(), body: "hi" }));
      expect(denied.message).toBe(missing.message);
    }
    // A reply cannot point into another conversation either.
    const elsewhere = await postMessage(meena.buyer, { conversationId: meena.conversation.id, clientId: clientId(), body: "mine" });
    const crossReply = await rejection(postMessage(anjali.buyer, { conversationId: anjali.conversation.id, clientId: clientId(), body: "x", parentId: elsewhere.id }));
    expect(crossReply.code).toBe("NOT_FOUND");
    expect((await tableCounts()).messages).toBe(before.messages + 1);
  });
});

describe("the SQLite hot path of posting", () => {
  it.runIf(testProvider === "sqlite")("writes through Prisma's own connection after any open transaction, in the format Prisma reads", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    expect(runOnSqliteConnection(getDb(), () => "reachable")).not.toBeNull();

    const order: string[] = [];
    const transaction = getDb().$transaction(async (tx) => {
      await tx.conversation.update({ where: { id: conversation.id }, data: { lastMessagePreview: "from the transaction" } });
      await new Promise((resolve) => setTimeout(resolve, 150));
      order.push("transaction committed");
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const posting = postMessage(owner, { conversationId: conversation.id, clientId: clientId(), body: "while a transaction is open" }).then((posted) => {
      order.push("message posted");
      return posted;
    });
    const [, posted] = await Promise.all([transaction, posting]);
    expect(order).toEqual(["transaction committed", "message posted"]);

    const row = await getDb().message.findUniqueOrThrow({ where: { id: posted.id } });
    expect(row).toMatchObject({ kind: "TEXT", seq: 1, authorId: owner.id, body: "while a transaction is open", replyCount: 0, parentId: null });
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(10_000);
    const after = await getDb().conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after).toMatchObject({ lastSeq: 1, lastMessagePreview: "while a transaction is open" });
  });
});
