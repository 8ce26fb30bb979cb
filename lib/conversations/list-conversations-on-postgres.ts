// The chats list's rows on PostgreSQL: one raw query (the SQLite path's SQL) instead of Prisma's
// query plus one per relation. Same rows, same order as list-conversations-with-prisma.ts
// (tests/integration/list-conversations-fast-path.test.ts).
import type { Db } from "@/lib/db";
import { conversationRowsSql, toConversationRow, type FlatConversationRow } from "./conversation-rows-sql";
import { LIST_LIMIT } from "./conversation-search";
import type { ConversationRow } from "./list-conversations";

const sql = conversationRowsSql("$1", "$2");

export async function listConversationRowsOnPostgres(db: Db, viewerId: string, limit = LIST_LIMIT): Promise<ConversationRow[]> {
  const rows = await db.$queryRawUnsafe<FlatConversationRow[]>(sql, viewerId, limit);
  return rows.map(toConversationRow);
}
