// The actor's memberships on SQLite: one prepared statement on Prisma's own connection (see
// lib/messages/post-text-on-sqlite.ts for why). Same rows, same order as the Prisma query in
// list-my-businesses.ts.
import type BetterSqlite3 from "better-sqlite3";
import { prepareRows, type RowStatement } from "@/lib/sqlite-rows";
import type { MyBusiness } from "./list-my-businesses";

const SQL = `SELECT b."id" AS id, b."name" AS name, m."role" AS role
  FROM "Membership" m JOIN "Business" b ON b."id" = m."businessId"
  WHERE m."userId" = ? ORDER BY m."createdAt" ASC, m."id" ASC`;

const prepared = new WeakMap<BetterSqlite3.Database, RowStatement<MyBusiness>>();

export function listMyBusinessesOnSqlite(connection: BetterSqlite3.Database, actorId: string): MyBusiness[] {
  let statement = prepared.get(connection);
  if (!statement) prepared.set(connection, (statement = prepareRows<MyBusiness>(connection, SQL)));
  return statement.all(actorId);
}
