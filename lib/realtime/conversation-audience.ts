// Who sees a conversation, in one place: its buyer, the buyer's shop team and every member of its
// business (the same rule as conversationVisibleTo in lib/auth/access.ts). Prisma callers select
// audienceSelect; the SQLite fast paths read them with audienceOnSqlite.
import type BetterSqlite3 from "better-sqlite3";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";

/** The part of a conversation's select that names its audience (see audienceOf). */
export const audienceSelect = {
  buyerId: true,
  buyer: { select: { teamMembers: { select: { userId: true } } } },
  business: { select: { members: { select: { userId: true } } } },
} as const;

interface AudienceRow {
  buyerId: string;
  buyer: { teamMembers: { userId: string }[] };
  business: { members: { userId: string }[] };
}

/** Everyone who sees a conversation: its buyer, the buyer's colleagues and every member of its business. */
export function audienceOf(conversation: AudienceRow): string[] {
  return [conversation.buyerId, ...conversation.buyer.teamMembers.map((m) => m.userId), ...conversation.business.members.map((m) => m.userId)];
}

export async function conversationAudience(conversationId: string, db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string[]> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: audienceSelect });
  return conversation ? audienceOf(conversation) : [];
}

const AUDIENCE_SQL = `SELECT "userId" AS userId FROM "BuyerTeamMember" WHERE "ownerId" = ? UNION ALL SELECT "userId" AS userId FROM "Membership" WHERE "businessId" = ?`;
const preparedAudience = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string, string]>>();

/** audienceOf on SQLite's own connection, for the fast paths that skip Prisma. */
export function audienceOnSqlite(connection: BetterSqlite3.Database, conversation: { buyerId: string; businessId: string }): string[] {
  let statement = preparedAudience.get(connection);
  if (!statement) preparedAudience.set(connection, (statement = connection.prepare<[string, string]>(AUDIENCE_SQL)));
  const rows = statement.all(conversation.buyerId, conversation.businessId) as { userId: string }[];
  return [conversation.buyerId, ...rows.map((row) => row.userId)];
}
