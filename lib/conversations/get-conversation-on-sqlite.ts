// A conversation's header on SQLite: one prepared statement on Prisma's own connection (see
// lib/messages/post-text-on-sqlite.ts for why). Every open of a chat reads it beside the first page
// of messages; through Prisma it was most of the page's database cost. Same rule, same row as the
// Prisma query in get-conversation.ts (tests/integration/get-conversation-fast-path.test.ts).
import type BetterSqlite3 from "better-sqlite3";
import { actorTimes, conversationVisibleSql } from "@/lib/auth/access";
import { prepareRows, type RowStatement } from "@/lib/sqlite-rows";

export interface ConversationHeaderRow {
  id: string;
  businessId: string;
  buyerId: string;
  buyer: { name: string };
  /** `members`: the viewer, when they are a member of the business (as Prisma's filtered relation). */
  business: { name: string; members: { userId: string }[] };
  /** The viewer's mute of this chat, as Prisma's `mutes` relation filtered to the viewer. */
  mutes: { userId: string }[];
}

const visible = conversationVisibleSql("c");
const SQL = `SELECT c."id" AS id, c."businessId" AS businessId, c."buyerId" AS buyerId, u."name" AS buyerName, b."name" AS businessName,
    EXISTS (SELECT 1 FROM "ConversationMute" cm WHERE cm."conversationId" = c."id" AND cm."userId" = ?) AS muted,
    EXISTS (SELECT 1 FROM "Membership" mm WHERE mm."businessId" = c."businessId" AND mm."userId" = ?) AS member
  FROM "Conversation" c JOIN "User" u ON u."id" = c."buyerId" JOIN "Business" b ON b."id" = c."businessId"
  WHERE c."id" = ? AND ${visible.sql}`;

interface HeaderSqlRow {
  id: string;
  businessId: string;
  buyerId: string;
  buyerName: string;
  businessName: string;
  muted: number;
  member: number;
}

const prepared = new WeakMap<BetterSqlite3.Database, RowStatement<HeaderSqlRow>>();

export function findConversationHeaderOnSqlite(connection: BetterSqlite3.Database, conversationId: string, actorId: string): ConversationHeaderRow | null {
  let statement = prepared.get(connection);
  if (!statement) prepared.set(connection, (statement = prepareRows<HeaderSqlRow>(connection, SQL)));
  // Parameters in SQL order: the viewer (mute, membership), the conversation, then the visibility rule's.
  const row = statement.get(actorId, actorId, conversationId, ...actorTimes(actorId));
  if (!row) return null;
  const mutes = row.muted ? [{ userId: actorId }] : [];
  return { id: row.id, businessId: row.businessId, buyerId: row.buyerId, buyer: { name: row.buyerName }, business: { name: row.businessName, members: row.member ? [{ userId: actorId }] : [] }, mutes };
}
