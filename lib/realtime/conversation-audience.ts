// Who sees a conversation, in one place: its buyer and every member of its business (the same
// rule as conversationVisibleTo in lib/auth/access.ts). Prisma callers select audienceSelect;
// the SQLite fast paths read the members with audienceOnSqlite.
import type BetterSqlite3 from "better-sqlite3";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** The part of a conversation's select that names its audience (see audienceOf). */
export const audienceSelect = { buyerId: true, business: { select: { members: { select: { userId: true } } } } } as const;

/** Everyone who sees a conversation: its buyer and every member of its business. */
export function audienceOf(conversation: { buyerId: string; business: { members: { userId: string }[] } }): string[] {
  return [conversation.buyerId, ...conversation.business.members.map((m) => m.userId)];
}

export async function conversationAudience(conversationId: string, db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string[]> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: audienceSelect });
  return conversation ? audienceOf(conversation) : [];
}

const MEMBERS_SQL = `SELECT "userId" AS userId FROM "Membership" WHERE "businessId" = ?`;
const preparedMembers = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string]>>();

/** audienceOf on SQLite's own connection, for the fast paths that skip Prisma. */
export function audienceOnSqlite(connection: BetterSqlite3.Database, conversation: { buyerId: string; businessId: string }): string[] {
  let members = preparedMembers.get(connection);
  if (!members) preparedMembers.set(connection, (members = connection.prepare<[string]>(MEMBERS_SQL)));
  const rows = members.all(conversation.businessId) as { userId: string }[];
  return audienceOf({ buyerId: conversation.buyerId, business: { members: rows } });
}
