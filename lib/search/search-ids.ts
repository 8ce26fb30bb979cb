// The full-text part of search: the ids of the newest messages, designs and orders that match,
// among those the person may see, one query each. On SQLite the FTS5 tables (rowid = the row's
// rowid), as prepared statements on Prisma's own connection; on PostgreSQL the tsvector columns
// with their GIN indexes (migration 0012_search). Who may see what is the same rule as
// lib/auth/access.ts (conversationVisibleSql is that rule as SQL; search.ts checks every row
// again through the Prisma form when it reads them).
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleSql } from "@/lib/auth/access";
import type { Db } from "@/lib/db";
import { fts5ScopedQuery } from "./search-terms";

export interface SearchLimits {
  messages: number;
  designs: number;
  orders: number;
}

export interface FoundIds {
  messages: string[];
  designs: string[];
  orders: string[];
}

const sqliteVisible = conversationVisibleSql("c").sql;
const postgresVisible = conversationVisibleSql("c", (n) => (n === 1 ? "$1" : "$2")).sql; // $1 and $2: the actor, both

/** The buyers the actor acts for: themselves, and the buyers whose shop team they are on. */
const buyersOf = (actor: string) => `(SELECT CAST(${actor} AS TEXT) UNION SELECT bt."ownerId" FROM "BuyerTeamMember" bt WHERE bt."userId" = ${actor})`;

/** Members see their business's designs; a buyer (and their colleagues), those posted into the buyer's conversations. */
const designVisible = (actor: { member: string; buyer: string }) => `(
  EXISTS (SELECT 1 FROM "Membership" vm WHERE vm."businessId" = d."businessId" AND vm."userId" = ${actor.member})
  OR EXISTS (SELECT 1 FROM "MessageDesign" md JOIN "Message" pm ON pm."id" = md."messageId" JOIN "Conversation" pc ON pc."id" = pm."conversationId"
             WHERE md."designId" = d."id" AND pm."deletedAt" IS NULL AND pc."buyerId" IN ${buyersOf(actor.buyer)}))`;
const orderVisible = (actor: { member: string; buyer: string }) =>
  `(o."buyerId" IN ${buyersOf(actor.buyer)} OR EXISTS (SELECT 1 FROM "Membership" vm WHERE vm."businessId" = o."businessId" AND vm."userId" = ${actor.member}))`;

// Newest first: an FTS5 table hands back its matches by rowid, which grows as rows are written.
// The MATCH itself carries the scopes the person may see (fts5ScopedQuery: their own id as a buyer,
// their businesses' ids as a member), so the index reads only their rows however large the
// database; the access rule in SQL stays as the check of each row.
export const SQLITE_SEARCH = {
  messages: `SELECT m."id" FROM "MessageSearch" s JOIN "Message" m ON m.rowid = s.rowid JOIN "Conversation" c ON c."id" = m."conversationId"
    WHERE "MessageSearch" MATCH ? AND ${sqliteVisible} ORDER BY s.rowid DESC LIMIT ?`,
  designs: `SELECT d."id" FROM "DesignSearch" s JOIN "Design" d ON d.rowid = s.rowid
    WHERE "DesignSearch" MATCH ? AND ${designVisible({ member: "?", buyer: "?" })} ORDER BY s.rowid DESC LIMIT ?`,
  orders: `SELECT o."id" FROM "OrderSearch" s JOIN "Order" o ON o.rowid = s.rowid
    WHERE "OrderSearch" MATCH ? AND ${orderVisible({ member: "?", buyer: "?" })} ORDER BY s.rowid DESC LIMIT ?`,
};

export const POSTGRES_SEARCH = {
  messages: `SELECT m."id" FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId"
    WHERE m."searchVector" @@ to_tsquery('simple', $3) AND ${postgresVisible} ORDER BY m."createdAt" DESC, m."id" DESC LIMIT $4`,
  designs: `SELECT d."id" FROM "Design" d
    WHERE d."searchVector" @@ to_tsquery('simple', $3) AND ${designVisible({ member: "$1", buyer: "$2" })} ORDER BY d."createdAt" DESC, d."id" DESC LIMIT $4`,
  orders: `SELECT o."id" FROM "Order" o
    WHERE o."searchVector" @@ to_tsquery('simple', $3) AND ${orderVisible({ member: "$1", buyer: "$2" })} ORDER BY o."createdAt" DESC, o."id" DESC LIMIT $4`,
};

/** A buyer's messages and orders on PostgreSQL (parameters: buyer, query, limit): their own rows
 * first (materialized, so the planner cannot start from every match of a common word), then the
 * match on each. */
export const BUYER_POSTGRES_SEARCH = {
  messages: `WITH mine AS MATERIALIZED (
      SELECT m."id", m."createdAt", m."searchVector" FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" WHERE c."buyerId" IN ${buyersOf("$1")})
    SELECT "id" FROM mine WHERE "searchVector" @@ to_tsquery('simple', $2) ORDER BY "createdAt" DESC, "id" DESC LIMIT $3`,
  orders: `WITH mine AS MATERIALIZED (SELECT o."id", o."createdAt", o."searchVector" FROM "Order" o WHERE o."buyerId" IN ${buyersOf("$1")})
    SELECT "id" FROM mine WHERE "searchVector" @@ to_tsquery('simple', $2) ORDER BY "createdAt" DESC, "id" DESC LIMIT $3`,
};

/** The parameters of one of SQLITE_SEARCH's statements: its MATCH, the actor's id as often as its
 * access rule names the actor (every `?` but the MATCH and the limit), then the limit. */
export function sqliteSearchParams(sql: string, match: string, actorId: string, limit: number): (string | number)[] {
  const actorParams = (sql.match(/\?/g)?.length ?? 0) - 2;
  return [match, ...Array.from({ length: actorParams }, () => actorId), limit];
}

/** SQLite: the three queries, synchronously on the connection. Each takes its MATCH, the
 * actor's id as often as its access rule names the actor, then the limit. */
export function findIdsOnSqlite(connection: BetterSqlite3.Database, actorId: string, terms: readonly string[], limits: SearchLimits): FoundIds {
  const ids = (sql: string, match: string, limit: number) => (connection.prepare(sql).all(...sqliteSearchParams(sql, match, actorId, limit)) as { id: string }[]).map((row) => row.id);
  const businessIds = connection.prepare(`SELECT "businessId" FROM "Membership" WHERE "userId" = ?`).pluck().all(actorId) as string[];
  // Their own id as a buyer, the buyers whose team they are on, and their businesses.
  const shops = connection.prepare(`SELECT "ownerId" FROM "BuyerTeamMember" WHERE "userId" = ?`).pluck().all(actorId) as string[];
  const scopes = [actorId, ...shops, ...businessIds];
  return {
    messages: ids(SQLITE_SEARCH.messages, fts5ScopedQuery("body", terms, scopes), limits.messages),
    designs: ids(SQLITE_SEARCH.designs, fts5ScopedQuery("searchText", terms, designScopes(connection, actorId, businessIds)), limits.designs),
    orders: ids(SQLITE_SEARCH.orders, fts5ScopedQuery("searchText", terms, scopes), limits.orders),
  };
}

/** A member's designs are their businesses'; a buyer's are those posted to them from any business,
 * which no scope names (the access rule checks each match). Someone who is both gets no scope. */
function designScopes(connection: BetterSqlite3.Database, actorId: string, businessIds: string[]): string[] {
  if (!businessIds.length) return [];
  const buysToo = connection.prepare(`SELECT 1 FROM "Conversation" WHERE "buyerId" = ? LIMIT 1`).get(actorId) !== undefined;
  return buysToo ? [] : businessIds;
}

export async function findIdsOnPostgres(db: Db, actorId: string, tsQuery: string, limits: SearchLimits): Promise<FoundIds> {
  const ids = async (sql: string, ...params: unknown[]) => (await db.$queryRawUnsafe<{ id: string }[]>(sql, ...params)).map((row) => row.id);
  const member = await db.membership.findFirst({ where: { userId: actorId }, select: { id: true } });
  const [messages, designs, orders] = await Promise.all([
    member ? ids(POSTGRES_SEARCH.messages, actorId, actorId, tsQuery, limits.messages) : ids(BUYER_POSTGRES_SEARCH.messages, actorId, tsQuery, limits.messages),
    ids(POSTGRES_SEARCH.designs, actorId, actorId, tsQuery, limits.designs),
    member ? ids(POSTGRES_SEARCH.orders, actorId, actorId, tsQuery, limits.orders) : ids(BUYER_POSTGRES_SEARCH.orders, actorId, tsQuery, limits.orders),
  ]);
  return { messages, designs, orders };
}
