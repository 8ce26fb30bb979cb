// Who sees a conversation, in one place: its buyer, the buyer's shop team and every member of its
// business (the same rule as conversationVisibleTo in lib/auth/access.ts), by side: the buyer's
// side (the buyer and their colleagues) and the business's members. Prisma callers select
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

/** A conversation's people by side. */
export interface AudienceSides {
  /** The buyer first, then the colleagues on the buyer's team. */
  buyerSide: string[];
  members: string[];
}

export function audienceSidesOf(conversation: AudienceRow): AudienceSides {
  return { buyerSide: [conversation.buyerId, ...conversation.buyer.teamMembers.map((m) => m.userId)], members: conversation.business.members.map((m) => m.userId) };
}

/** Everyone who sees a conversation: its buyer, the buyer's colleagues and every member of its business. */
export function audienceOf(conversation: AudienceRow): string[] {
  const { buyerSide, members } = audienceSidesOf(conversation);
  return [...buyerSide, ...members];
}

export async function conversationAudience(conversationId: string, db: Tx | ReturnType<typeof getDb> = getDb()): Promise<string[]> {
  const conversation = await db.conversation.findUnique({ where: { id: conversationId }, select: audienceSelect });
  return conversation ? audienceOf(conversation) : [];
}

const SIDES_SQL = `SELECT "userId" AS userId, 0 AS member FROM "BuyerTeamMember" WHERE "ownerId" = ?
  UNION ALL SELECT "userId" AS userId, 1 AS member FROM "Membership" WHERE "businessId" = ?`;
const preparedSides = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[string, string]>>();

/** audienceSidesOf on SQLite's own connection, for the fast paths that skip Prisma. */
export function audienceSidesOnSqlite(connection: BetterSqlite3.Database, conversation: { buyerId: string; businessId: string }): AudienceSides {
  let statement = preparedSides.get(connection);
  if (!statement) preparedSides.set(connection, (statement = connection.prepare<[string, string]>(SIDES_SQL)));
  const rows = statement.all(conversation.buyerId, conversation.businessId) as { userId: string; member: number | bigint }[];
  return {
    buyerSide: [conversation.buyerId, ...rows.filter((row) => !Number(row.member)).map((row) => row.userId)],
    members: rows.filter((row) => Number(row.member)).map((row) => row.userId),
  };
}

/** audienceOf on SQLite's own connection. */
export function audienceOnSqlite(connection: BetterSqlite3.Database, conversation: { buyerId: string; businessId: string }): string[] {
  const { buyerSide, members } = audienceSidesOnSqlite(connection, conversation);
  return [...buyerSide, ...members];
}
