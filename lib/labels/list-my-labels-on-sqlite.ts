// The labels of the actor's businesses on SQLite: one prepared statement on Prisma's own connection
// (see lib/messages/post-text-on-sqlite.ts for why). A supplier's chats list asks on every load,
// and through Prisma it was about a tenth of that page's server time (bench:read). Same rows, same
// order as listMyLabelsWithPrisma (tests/integration/list-my-labels-fast-path.test.ts).
import type BetterSqlite3 from "better-sqlite3";
import { prepareRows, type RowStatement } from "@/lib/sqlite-rows";

const SQL = `SELECT l."id" AS id, l."name" AS name, l."colour" AS colour
  FROM "Label" l JOIN "Membership" m ON m."businessId" = l."businessId"
  WHERE m."userId" = ? ORDER BY l."nameKey" ASC, l."id" ASC`;

type LabelRow = { id: string; name: string; colour: string };

const prepared = new WeakMap<BetterSqlite3.Database, RowStatement<LabelRow>>();

export function listMyLabelsOnSqlite(connection: BetterSqlite3.Database, actorId: string): LabelRow[] {
  let statement = prepared.get(connection);
  if (!statement) prepared.set(connection, (statement = prepareRows<LabelRow>(connection, SQL)));
  return statement.all(actorId);
}
