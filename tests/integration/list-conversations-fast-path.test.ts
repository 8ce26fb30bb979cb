// The chats list read on the fast path returns exactly the Prisma path's rows, in the same order,
// for members, buyers, people who are both, and outsiders, with and without a search; unread
// counts included. SQLite: a prepared statement on Prisma's connection; PostgreSQL: a raw query.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keepMatching } from "@/lib/conversations/conversation-search";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listConversationRowsOnPostgres } from "@/lib/conversations/list-conversations-on-postgres";
import { listConversationRowsOnSqlite } from "@/lib/conversations/list-conversations-on-sqlite";
import { listConversationRowsWithPrisma } from "@/lib/conversations/list-conversations-with-prisma";
import { conversationRowsSql } from "@/lib/conversations/conversation-rows-sql";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { postMessage } from "@/lib/messages/post-message";
import { addStaff, createBuyerConversation, createSupplier, createUser } from "../support/factories";
import { testProvider } from "../support/test-database";

const say = (actor: { id: string; name: string }, conversationId: string, body: string) => postMessage(actor, { conversationId, clientId: randomBytes(12).toString("hex"), body });

async function readFast(viewerId: string) {
  if (testProvider === "postgres") return listConversationRowsOnPostgres(getDb(), viewerId);
  const direct = runOnSqliteConnection(getDb(), (connection) => listConversationRowsOnSqlite(connection, viewerId));
  if (!direct) throw new Error("The SQLite connection is not reachable: the fast path would not run");
  return direct;
}

describe("listConversations on the fast path", () => {
  it("returns the Prisma path's rows, order, unread counts and search results", async () => {
    const db = getDb();
    const silks = await createSupplier("Silks House");
    const cottons = await createSupplier("Cotton Mills");
    const staff = await addStaff(silks.business.id);
    await db.membership.create({ data: { businessId: cottons.business.id, userId: staff.id, role: "STAFF" } });
    const meena = await createBuyerConversation(silks.business.id, "Meena Fashions");
    const anjali = await createBuyerConversation(silks.business.id, "Anjali Boutique");
    const quiet = await createBuyerConversation(silks.business.id, "MEENA Quiet"); // no messages, no read state
    const meenaAtCottons = await db.conversation.create({ data: { businessId: cottons.business.id, buyerId: meena.buyer.id }, select: { id: true } });
    // The owner of Cottons buys from Silks too.
    const ownerBuys = await db.conversation.create({ data: { businessId: silks.business.id, buyerId: cottons.owner.id }, select: { id: true } });
    const outsider = await createUser({ name: "Outsider" });

    for (let i = 0; i < 4; i++) await say(meena.buyer, meena.conversation.id, `hello ${i}`);
    await say(silks.owner, anjali.conversation.id, "New designs today");
    await say(anjali.buyer, anjali.conversation.id, "Sending picks");
    await say(cottons.owner, meenaAtCottons.id, "Your parcel is packed");
    await say(cottons.owner, ownerBuys.id, "Need 10 sets");
    await markConversationRead(staff, { conversationId: meena.conversation.id, readSeq: 2 });
    await markConversationRead(meena.buyer, { conversationId: meenaAtCottons.id, readSeq: 0 });
    // Two conversations with the same last activity: the id decides, on both paths.
    const tie = new Date("2026-01-02T03:04:05.678Z");
    await db.conversation.updateMany({ where: { id: { in: [quiet.conversation.id, ownerBuys.id] } }, data: { lastMessageAt: tie } });

    const actors = [silks.owner, staff, cottons.owner, meena.buyer, anjali.buyer, quiet.buyer, outsider];
    for (const actor of actors) {
      const reference = await listConversationRowsWithPrisma(actor.id);
      expect(await readFast(actor.id), actor.name).toEqual(reference);
      // The chats page's first screen asks for the newest few: the same rows, cut short.
      expect(await listConversations(actor, { limit: 2 }), `${actor.name} first 2`).toEqual(reference.slice(0, 2));
      for (const search of [undefined, "meena", "SILKS", "zzz", " boutique "]) {
        expect(await listConversations(actor, { search }), `${actor.name} ${search}`).toEqual(keepMatching(reference, search?.trim()));
      }
    }

    const forStaff = await readFast(staff.id);
    expect(forStaff.map((row) => row.id).sort()).toEqual([meena.conversation.id, anjali.conversation.id, quiet.conversation.id, meenaAtCottons.id, ownerBuys.id].sort());
    expect(forStaff.find((row) => row.id === meena.conversation.id)?.unread).toBe(2);
    expect(forStaff.find((row) => row.id === meenaAtCottons.id)?.unread).toBe(1);
    expect((await readFast(meena.buyer.id)).map((row) => row.title).sort()).toEqual(["Cotton Mills", "Silks House"]);
    expect((await listConversations(silks.owner, { search: "meena" })).map((row) => row.title).sort()).toEqual(["MEENA Quiet", "Meena Fashions"]);
    expect(await readFast(outsider.id)).toEqual([]);
  });

  // The list finds the viewer's conversations by index (their businesses', their own, their
  // team's) and never reads every business's: with 41 suppliers on one machine a full scan made
  // each chats list 9.6 ms of query instead of 0.25.
  it.runIf(testProvider === "sqlite")("reads the viewer's conversations by index, not by scanning the table", async () => {
    const plan = await runOnSqliteConnection(getDb(), (connection) => connection.prepare(`EXPLAIN QUERY PLAN ${conversationRowsSql("@viewer", "@limit")}`).all({ viewer: "someone", limit: 31 }) as Array<{ detail: string }>);
    const steps = plan!.map((step) => step.detail);
    expect(steps.filter((step) => /SCAN v\b/.test(step)), steps.join("\n")).toEqual([]);
    expect(steps.filter((step) => /SEARCH v USING/.test(step)).length, steps.join("\n")).toBe(3);
  });
});
