// The home screen: one row per conversation the actor can see, most recent activity first.
// Unread = messages after the actor's read position (sending a message moves it, see
// append-message.ts), so the count needs no per-row query. Every visit to the home screen reads
// it, so it is one SQL statement (conversation-rows-sql.ts): prepared on Prisma's connection on
// SQLite, a raw query on PostgreSQL. Prisma (list-conversations-with-prisma.ts) is the reference.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { idSchema, parseInput } from "@/lib/validation";
import { keepMatching, LIST_LIMIT } from "./conversation-search";
import { listConversationRowsOnPostgres } from "./list-conversations-on-postgres";
import { listConversationRowsOnSqlite } from "./list-conversations-on-sqlite";
import { listConversationRowsWithPrisma } from "./list-conversations-with-prisma";
import type { SystemLineView } from "@/lib/i18n/system-line-view";

export const listConversationsSchema = z.object({
  search: z.string().trim().max(80).optional(),
  /** The newest this many (a search always looks through the newest LIST_LIMIT). */
  limit: z.number().int().min(1).max(LIST_LIMIT).optional(),
  /** Only the buyers carrying this label of the viewer's business (lib/labels/labels.ts). */
  labelId: idSchema.optional(),
});

export interface ConversationRow {
  id: string;
  /** The other party: the buyer for members, the business for a buyer. */
  title: string;
  subtitle: string | null;
  preview: string | null;
  /** The preview's message key when it is the app's words (see append-message.ts). */
  previewLine: SystemLineView | null;
  lastMessageAt: Date;
  /** The newest message's seq: with `unread`, live events keep the row right in the browser. */
  lastSeq: number;
  unread: number;
  viewerIsBuyer: boolean;
}

export async function listConversations(actor: Actor, input: unknown = {}): Promise<ConversationRow[]> {
  const { search, limit: wanted, labelId } = parseInput(listConversationsSchema, input);
  const limit = search ? LIST_LIMIT : (wanted ?? LIST_LIMIT);
  const db = getDb();
  // A label's buyers: a narrower list a member asks for now and then, read through the reference
  // path (the fast paths serve the home screen everyone opens).
  if (labelId) return keepMatching(await listConversationRowsWithPrisma(actor.id, limit, labelId), search);
  const rows =
    (await runOnSqliteConnection(db, (connection) => listConversationRowsOnSqlite(connection, actor.id, limit))) ??
    // Before the SQLite client's first query its connection is not open yet: Prisma opens it.
    (getEnv().provider === "postgres" ? await listConversationRowsOnPostgres(db, actor.id, limit) : await listConversationRowsWithPrisma(actor.id, limit));
  return keepMatching(rows, search);
}
