// The chat header's SQLite statement (get-conversation-on-sqlite.ts) against the Prisma query it
// replaces, for members, buyers and outsiders of several conversations: the same row, or none.
import { describe, expect, it } from "vitest";
import { conversationVisibleTo } from "@/lib/auth/access";
import { findConversationHeaderOnSqlite } from "@/lib/conversations/get-conversation-on-sqlite";
import { conversationHeaderSelect, getConversation } from "@/lib/conversations/get-conversation";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { rejection } from "../support/rejection";
import { testProvider } from "../support/test-database";

describe("the chat header", () => {
  it.runIf(testProvider === "sqlite")("reads the same row as Prisma for every person and conversation, and nothing for outsiders", async () => {
    const a = await createSupplier("Header A");
    const b = await createSupplier("Header B");
    const staff = await addStaff(a.business.id);
    const meena = await createBuyerConversation(a.business.id, "Meena");
    const zoya = await createBuyerConversation(b.business.id, "Zoya");
    const db = getDb();
    // Meena muted her chat, and A's owner muted Meena: each sees only their own mute.
    await db.conversationMute.createMany({ data: [meena.buyer, a.owner].map((person) => ({ userId: person.id, conversationId: meena.conversation.id })) });
    await db.user.count(); // Prisma opens the SQLite connection on its first query
    let visible = 0;
    for (const person of [a.owner, staff, meena.buyer, b.owner, zoya.buyer]) {
      for (const conversation of [meena.conversation, zoya.conversation]) {
        const viaPrisma = await db.conversation.findFirst({ where: { id: conversation.id, ...conversationVisibleTo(person.id) }, select: conversationHeaderSelect(person.id) });
        const viaSql = await runOnSqliteConnection(db, (connection) => findConversationHeaderOnSqlite(connection, conversation.id, person.id));
        expect(viaSql).toEqual(viaPrisma);
        if (viaPrisma) visible++;
      }
    }
    expect(visible).toBe(5); // owner, staff and Meena see Meena's; B's owner and Zoya see Zoya's
    const mutedFor = async (person: { id: string }) => (await runOnSqliteConnection(db, (connection) => findConversationHeaderOnSqlite(connection, meena.conversation.id, person.id)))?.mutes;
    expect(await mutedFor(a.owner)).toEqual([{ userId: a.owner.id }]);
    expect(await mutedFor(staff)).toEqual([]);
  });

  it("titles the chat with the other side, and refuses outsiders like a missing chat", async () => {
    const a = await createSupplier("Header C");
    const b = await createSupplier("Header D");
    const meena = await createBuyerConversation(a.business.id, "Meena");
    expect(await getConversation(a.owner, { conversationId: meena.conversation.id })).toMatchObject({ title: "Meena", viewerIsBuyer: false, viewerMuted: false });
    await getDb().conversationMute.create({ data: { userId: a.owner.id, conversationId: meena.conversation.id } });
    expect(await getConversation(a.owner, { conversationId: meena.conversation.id })).toMatchObject({ viewerMuted: true });
    expect(await getConversation(meena.buyer, { conversationId: meena.conversation.id })).toMatchObject({ title: "Header C", viewerIsBuyer: true, viewerMuted: false });
    const missing = await rejection(getConversation(a.owner, { conversationId: "no-such-conversation" }));
    const denied = await rejection(getConversation(b.owner, { conversationId: meena.conversation.id }));
    expect(denied.code).toBe("NOT_FOUND");
    expect(denied.message).toBe(missing.message);
  });
});
