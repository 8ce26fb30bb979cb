// The chats list's rows on SQLite: one prepared statement on Prisma's own connection (see
// lib/messages/post-text-on-sqlite.ts for why), instead of Prisma's query plus one per relation.
// Same rows, same order as list-conversations-with-prisma.ts
// (tests/integration/list-conversations-fast-path.test.ts).
import type BetterSqlite3 from "better-sqlite3";
import { prepareRows } from "@/lib/sqlite-rows";
import { conversationRowsSql, toConversationRow, type FlatConversationRow } from "./conversation-rows-sql";
import { LIST_LIMIT } from "./conversation-search";
import type { ConversationRow } from "./list-conversations";

const sql = conversationRowsSql("@viewer", "@limit");

const prepare = (connection: BetterSqlite3.Database) => prepareRows<FlatConversationRow>(connection, sql);
const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof prepare>>();

export function listConversationRowsOnSqlite(connection: BetterSqlite3.Database, viewerId: string, limit = LIST_LIMIT): ConversationRow[] {
  let statement = prepared.get(connection);
  if (!statement) prepared.set(connection, (statement = prepare(connection)));
  return statement.all({ viewer: viewerId, limit }).map(toConversationRow);
}
