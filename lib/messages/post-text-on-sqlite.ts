// Posting a text message on SQLite, as a handful of prepared statements on Prisma's own connection
// (db.ts runOnSqliteConnection) in one synchronous transaction. The Prisma path of post-message.ts
// does the same in five queries whose compilation and interpretation cost ~10x the SQL itself,
// which capped a busy conversation far below the chat benchmark's target. Same tables, same rules,
// same formats as Prisma writes (ISO dates with "+00:00", cuid-like ids); the integration tests of
// posting run against this path on SQLite and against the Prisma path on PostgreSQL.
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleSql } from "@/lib/auth/access";
import { newRowId } from "@/lib/ids";
import { audienceOnSqlite } from "@/lib/realtime/conversation-audience";

export interface TextPost {
  actorId: string;
  conversationId: string;
  clientId: string;
  body: string;
  parentId?: string;
  preview: string;
}

export type TextPostOutcome =
  | { kind: "posted"; id: string; seq: number; audience: string[]; body: string; clientId: string; parentId: string | null; preview: string; createdAt: string }
  | { kind: "repeat"; id: string; seq: number; conversationId: string; messageKind: string }
  | { kind: "no-conversation" }
  | { kind: "no-parent" };

function statements(connection: BetterSqlite3.Database) {
  return {
    visible: connection.prepare<[string, string, string]>(
      `SELECT c."buyerId" AS buyerId, c."businessId" AS businessId FROM "Conversation" c WHERE c."id" = ? AND ${conversationVisibleSql("c").sql}`,
    ),
    existing: connection.prepare<[string, string]>(`SELECT "id", "seq", "conversationId", "kind" FROM "Message" WHERE "authorId" = ? AND "clientId" = ?`),
    parent: connection.prepare<[string, string]>(`SELECT 1 FROM "Message" WHERE "id" = ? AND "conversationId" = ? AND "deletedAt" IS NULL`),
    nextSeq: connection.prepare<[string, string, string]>(
      `UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = ?, "lastMessagePreview" = ? WHERE "id" = ? RETURNING "lastSeq" AS seq`,
    ),
    insert: connection.prepare(
      `INSERT INTO "Message" ("id", "conversationId", "seq", "authorId", "kind", "body", "parentId", "replyCount", "clientId", "createdAt")
       VALUES (?, ?, ?, ?, 'TEXT', ?, ?, 0, ?, ?)`,
    ),
    bumpReplies: connection.prepare<[string]>(`UPDATE "Message" SET "replyCount" = "replyCount" + 1 WHERE "id" = ?`),
    authorRead: connection.prepare(
      `INSERT INTO "ReadState" ("conversationId", "userId", "lastReadSeq", "lastDeliveredSeq", "updatedAt") VALUES (?, ?, ?, ?, ?)
       ON CONFLICT ("conversationId", "userId") DO UPDATE SET "lastReadSeq" = excluded."lastReadSeq", "lastDeliveredSeq" = excluded."lastDeliveredSeq", "updatedAt" = excluded."updatedAt"`,
    ),
  };
}

type ExistingRow = { id: string; seq: number | bigint; conversationId: string; kind: string } | undefined;

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

/** Prisma's text form of a DateTime on SQLite. */
function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function postTextOnSqlite(connection: BetterSqlite3.Database, post: TextPost): TextPostOutcome {
  let sql = prepared.get(connection);
  if (!sql) prepared.set(connection, (sql = statements(connection)));
  const q = sql;

  const conversation = q.visible.get(post.conversationId, post.actorId, post.actorId) as { buyerId: string; businessId: string } | undefined;
  if (!conversation) return { kind: "no-conversation" };
  // The message id was used before: a retry, a double tap. The stored message is the answer.
  const existing = q.existing.get(post.actorId, post.clientId) as ExistingRow;
  if (existing) return { kind: "repeat", id: existing.id, seq: Number(existing.seq), conversationId: existing.conversationId, messageKind: existing.kind };

  const write = connection.transaction((): TextPostOutcome => {
    if (post.parentId && !q.parent.get(post.parentId, post.conversationId)) return { kind: "no-parent" };
    const createdAt = new Date();
    const now = sqliteDateTime(createdAt);
    const preview = Array.from(post.preview).slice(0, 120).join(""); // by code point: no half emoji
    const { seq } = q.nextSeq.get(now, preview, post.conversationId) as { seq: number | bigint };
    const id = newRowId();
    q.insert.run(id, post.conversationId, seq, post.actorId, post.body, post.parentId ?? null, post.clientId, now);
    if (post.parentId) q.bumpReplies.run(post.parentId);
    q.authorRead.run(post.conversationId, post.actorId, seq, seq, now);
    const audience = audienceOnSqlite(connection, conversation);
    const { body, clientId } = post;
    return { kind: "posted", id, seq: Number(seq), audience, body, clientId, parentId: post.parentId ?? null, preview, createdAt: createdAt.toISOString() };
  });
  try {
    return write.immediate();
  } catch (error) {
    // Another process (a CLI script on the same file) stored this clientId in between.
    const again = (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" ? (q.existing.get(post.actorId, post.clientId) as ExistingRow) : undefined;
    if (again) return { kind: "repeat", id: again.id, seq: Number(again.seq), conversationId: again.conversationId, messageKind: again.kind };
    throw error;
  }
}
