// The chats list's rows on SQLite: one prepared statement on Prisma's own connection (see
// lib/messages/post-text-on-sqlite.ts for why), instead of Prisma's query plus one per relation.
// Same rows, same order as list-conversations-with-prisma.ts
// (tests/integration/list-conversations-fast-path.test.ts).
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleSql } from "@/lib/auth/access";
import { fromSqliteDateTime } from "@/lib/sqlite-dates";
import { LIST_LIMIT } from "./conversation-search";
import type { ConversationRow } from "./list-conversations";

interface FlatConversationRow {
  id: string;
  buyerId: string;
  lastSeq: number;
  lastMessageAt: string | number;
  lastMessagePreview: string | null;
  buyerName: string;
  businessName: string;
  lastReadSeq: number | null;
}

function statements(connection: BetterSqlite3.Database) {
  return {
    // Plain numbers: Prisma's connection defaults to BigInt, and every integer here is small.
    rows: connection
      .prepare(
        `SELECT c."id", c."buyerId", c."lastSeq", c."lastMessageAt", c."lastMessagePreview", u."name" AS buyerName, b."name" AS businessName, r."lastReadSeq" AS lastReadSeq
         FROM "Conversation" c
         JOIN "User" u ON u."id" = c."buyerId"
         JOIN "Business" b ON b."id" = c."businessId"
         LEFT JOIN "ReadState" r ON r."conversationId" = c."id" AND r."userId" = ?
         WHERE ${conversationVisibleSql("c").sql}
         ORDER BY c."lastMessageAt" DESC, c."id" DESC
         LIMIT ${LIST_LIMIT}`,
      )
      .safeIntegers(false),
  };
}

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

export function listConversationRowsOnSqlite(connection: BetterSqlite3.Database, viewerId: string): ConversationRow[] {
  let q = prepared.get(connection);
  if (!q) prepared.set(connection, (q = statements(connection)));
  const rows = q.rows.all(viewerId, viewerId, viewerId) as FlatConversationRow[];
  return rows.map((c): ConversationRow => {
    const viewerIsBuyer = c.buyerId === viewerId;
    return {
      id: c.id,
      title: viewerIsBuyer ? c.businessName : c.buyerName,
      subtitle: viewerIsBuyer ? null : c.businessName,
      preview: c.lastMessagePreview,
      lastMessageAt: fromSqliteDateTime(c.lastMessageAt),
      unread: Math.max(0, c.lastSeq - (c.lastReadSeq ?? 0)),
      viewerIsBuyer,
    };
  });
}
