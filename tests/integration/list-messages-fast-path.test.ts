// The fast read of a conversation's messages returns exactly what the Prisma path returns: the
// same MessagePage, deep-equal, for every mode (newest page with the first-unread rule, pages
// before a seq, catch-up after a seq, threads, one message), for the buyer and for members, on a
// conversation with one of everything (tests/support/varied-chat.ts); and the same refusals.
// SQLite: prepared statements on Prisma's connection. PostgreSQL: two raw queries.
import type BetterSqlite3 from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { listMessages, listMessagesSchema } from "@/lib/messages/list-messages";
import { listMessagesOnPostgres } from "@/lib/messages/list-messages-on-postgres";
import { listMessagesOnSqlite } from "@/lib/messages/list-messages-on-sqlite";
import { listMessagesWithPrisma } from "@/lib/messages/list-messages-with-prisma";
import type { MessagePageOutcome } from "@/lib/messages/message-page-rules";
import { rejection } from "../support/rejection";
import { testProvider } from "../support/test-database";
import { createVariedChat } from "../support/varied-chat";

async function readFast(viewerId: string, input: Record<string, unknown>): Promise<MessagePageOutcome> {
  const query = listMessagesSchema.parse(input);
  if (testProvider === "postgres") return listMessagesOnPostgres(getDb(), viewerId, query);
  const direct = runOnSqliteConnection(getDb(), (connection) => listMessagesOnSqlite(connection, viewerId, query));
  if (!direct) throw new Error("The SQLite connection is not reachable: the fast path would not run");
  return direct;
}

/** A stand-in connection whose statements count their executions (it prepares its own, uncached). */
function countingConnection(connection: BetterSqlite3.Database) {
  let executions = 0;
  const counting = (statement: BetterSqlite3.Statement): BetterSqlite3.Statement =>
    new Proxy(statement, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (key === "all" || key === "get" || key === "run" || key === "iterate") executions += 1;
          const result: unknown = value.apply(target, args);
          return result === target ? counting(target) : result; // safeIntegers() and friends return the statement
        };
      },
    });
  const stand = new Proxy(connection, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => counting(target.prepare(sql));
      const value: unknown = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { connection: stand, executions: () => executions };
}

describe("listMessages on the fast path", () => {
  let chat: Awaited<ReturnType<typeof createVariedChat>>;
  beforeAll(async () => {
    chat = await createVariedChat();
  });

  async function expectSame(viewerId: string, input: Record<string, unknown>) {
    const query = { conversationId: chat.conversationId, ...input };
    const fast = await readFast(viewerId, query);
    const reference = await listMessagesWithPrisma(viewerId, listMessagesSchema.parse(query));
    expect(fast, JSON.stringify(input)).toEqual(reference);
    return reference;
  }

  it("has data with one of everything", async () => {
    const page = await expectSame(chat.buyer.id, { limit: 100 });
    if (page.kind !== "page") throw new Error("no page");
    const kinds = new Set(page.page.messages.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(["DESIGN_POST", "ORDER", "PICK", "SYSTEM", "TEXT"]);
    const messages = page.page.messages;
    expect(messages.some((m) => m.designs.length === 3 && m.designs.every((d) => d.photo?.thumbWebp && d.photo.thumbJpeg))).toBe(true);
    expect(messages.some((m) => m.designs.length === 1 && m.designs[0]!.photo === null)).toBe(true);
    expect(messages.some((m) => m.parent?.snippet === "This message was deleted")).toBe(true);
    expect(messages.some((m) => m.parent?.snippet.startsWith("📷 3 designs"))).toBe(true);
    expect(messages.some((m) => m.kind === "PICK" && m.parent?.thumb)).toBe(true);
    expect(messages.some((m) => m.pick?.status === "REMOVED")).toBe(true);
    expect(messages.some((m) => m.pick?.status === "ORDERED")).toBe(true);
    expect(messages.some((m) => m.kind === "SYSTEM" && m.order?.status === "PACKED")).toBe(true);
    expect(messages.some((m) => m.mine)).toBe(true);
    expect(page.page.viewerReadSeq).toBeGreaterThan(0);
    expect(page.page.otherSide.readSeq).toBe(chat.lastSeq);
    // The other side is by side, not by person: for members, the buyer or a colleague of theirs
    // (the colleague read further than the buyer); for the colleague, the business's members.
    const forOwner = await expectSame(chat.owner.id, { limit: 5 });
    if (forOwner.kind !== "page") throw new Error("no page");
    expect(forOwner.page.otherSide.readSeq).toBe(chat.colleagueReadSeq);
    const forColleague = await expectSame(chat.colleague.id, { limit: 5 });
    if (forColleague.kind !== "page") throw new Error("no page");
    expect(forColleague.page.otherSide.readSeq).toBe(chat.lastSeq);
  });

  it("returns the same pages in every mode, for the buyer and for members", async () => {
    for (const viewer of [chat.buyer, chat.owner, chat.staff, chat.colleague]) {
      for (const limit of [undefined, 1, 3, 7, 100]) await expectSame(viewer.id, { limit });
      for (let seq = 1; seq <= chat.lastSeq + 1; seq += 3) {
        await expectSame(viewer.id, { beforeSeq: seq, limit: 4 });
        await expectSame(viewer.id, { afterSeq: seq - 1, limit: 5 });
      }
      await expectSame(viewer.id, { afterSeq: chat.lastSeq });
      await expectSame(viewer.id, { afterSeq: 0 });
      for (const threadOf of [...chat.threadRoots, "no-such-message"]) await expectSame(viewer.id, { threadOf });
      for (const messageId of [...chat.messageIds, "no-such-message"]) await expectSame(viewer.id, { messageId });
    }
  });

  it("moves the first page back to the first unread message the same way", async () => {
    // Staff has read only up to their own last message: a first page of 2 grows to reach back
    // past the first unread one.
    const page = await expectSame(chat.staff.id, { limit: 2 });
    if (page.kind !== "page") throw new Error("no page");
    expect(page.page.viewerReadSeq).toBeLessThan(chat.lastSeq - 2);
    expect(page.page.messages[0]!.seq).toBeLessThanOrEqual(page.page.viewerReadSeq);
  });

  it.runIf(testProvider === "sqlite")("answers an empty catch-up with two statements, and a full page with at most five", async () => {
    const runs = async (input: Record<string, unknown>) => {
      const query = listMessagesSchema.parse({ conversationId: chat.conversationId, ...input });
      const counted = await runOnSqliteConnection(getDb(), (connection) => {
        const counter = countingConnection(connection);
        listMessagesOnSqlite(counter.connection, chat.buyer.id, query);
        return counter.executions();
      });
      return counted;
    };
    expect(await runs({ afterSeq: chat.lastSeq })).toBe(2);
    // The whole chat has photos sent with texts: their statement runs too.
    expect(await runs({ limit: 100 })).toBe(5);
    // The first messages have albums but no photos sent with a text: no photo statement.
    expect(await runs({ beforeSeq: 6, limit: 5 })).toBe(4);
  });

  it("refuses outsiders the same way", async () => {
    for (const outsider of [chat.outsider, chat.otherOwner]) {
      for (const input of [{}, { afterSeq: 0 }, { threadOf: chat.threadRoots[0] }, { messageId: chat.messageIds[0] }]) {
        expect(await expectSame(outsider.id, input)).toEqual({ kind: "no-conversation" });
        expect((await rejection(listMessages(outsider, { conversationId: chat.conversationId, ...input }))).code).toBe("NOT_FOUND");
      }
    }
    expect((await rejection(listMessages(chat.buyer, { conversationId: chat.conversationId, threadOf: "no-such-message" }))).code).toBe("NOT_FOUND");
  });
});
