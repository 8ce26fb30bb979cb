// Posting a text message on SQLite, as a handful of prepared statements on Prisma's own connection
// (db.ts runOnSqliteConnection) in one synchronous transaction. The Prisma path of post-message.ts
// does the same in five queries whose compilation and interpretation cost ~10x the SQL itself,
// which capped a busy conversation far below the chat benchmark's target. Same tables, same rules,
// same formats as Prisma writes (ISO dates with "+00:00", cuid-like ids); the integration tests of
// posting run against this path on SQLite and against the Prisma path on PostgreSQL. Replies take
// the Prisma path: their live event quotes the parent, which that path reads.
import type BetterSqlite3 from "better-sqlite3";
import { actorTimes, conversationVisibleSql } from "@/lib/auth/access";
import { toSqliteDateTime } from "@/lib/db-dates";
import { newRowId } from "@/lib/ids";
import { audienceOnSqlite } from "@/lib/realtime/conversation-audience";
import { appendEventOnSqlite } from "@/lib/realtime/event-log";
import type { KnownMessage } from "@/lib/realtime/record-message-event";

export interface TextPost {
  actorId: string;
  actorName: string;
  conversationId: string;
  clientId: string;
  body: string;
  preview: string;
}

export type TextPostOutcome =
  | { kind: "posted"; id: string; seq: number; known: KnownMessage }
  | { kind: "repeat"; id: string; seq: number; conversationId: string; messageKind: string }
  | { kind: "no-conversation" };

function statements(connection: BetterSqlite3.Database) {
  return {
    visible: connection.prepare<string[]>(
      `SELECT c."buyerId" AS buyerId, c."businessId" AS businessId FROM "Conversation" c WHERE c."id" = ? AND ${conversationVisibleSql("c").sql}`,
    ),
    existing: connection.prepare<[string, string]>(`SELECT "id", "seq", "conversationId", "kind" FROM "Message" WHERE "authorId" = ? AND "clientId" = ?`),
    nextSeq: connection.prepare<[string, string, string]>(
      `UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = ?, "lastMessagePreview" = ?, "lastPreviewLine" = NULL WHERE "id" = ? RETURNING "lastSeq" AS seq`,
    ),
    insert: connection.prepare(
      `INSERT INTO "Message" ("id", "conversationId", "seq", "authorId", "kind", "body", "parentId", "replyCount", "clientId", "createdAt")
       VALUES (?, ?, ?, ?, 'TEXT', ?, NULL, 0, ?, ?)`,
    ),
    authorRead: connection.prepare(
      `INSERT INTO "ReadState" ("conversationId", "userId", "lastReadSeq", "lastDeliveredSeq", "updatedAt") VALUES (?, ?, ?, ?, ?)
       ON CONFLICT ("conversationId", "userId") DO UPDATE SET "lastReadSeq" = excluded."lastReadSeq", "lastDeliveredSeq" = excluded."lastDeliveredSeq", "updatedAt" = excluded."updatedAt"`,
    ),
  };
}

type ExistingRow = { id: string; seq: number | bigint; conversationId: string; kind: string } | undefined;

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

export function postTextOnSqlite(connection: BetterSqlite3.Database, post: TextPost): TextPostOutcome {
  let sql = prepared.get(connection);
  if (!sql) prepared.set(connection, (sql = statements(connection)));
  const q = sql;

  const conversation = q.visible.get(post.conversationId, ...actorTimes(post.actorId)) as { buyerId: string; businessId: string } | undefined;
  if (!conversation) return { kind: "no-conversation" };
  // The message id was used before: a retry, a double tap. The stored message is the answer.
  const existing = q.existing.get(post.actorId, post.clientId) as ExistingRow;
  if (existing) return { kind: "repeat", id: existing.id, seq: Number(existing.seq), conversationId: existing.conversationId, messageKind: existing.kind };

  const write = connection.transaction((): TextPostOutcome => {
    const createdAt = new Date();
    const now = toSqliteDateTime(createdAt);
    const preview = Array.from(post.preview).slice(0, 120).join(""); // by code point: no half emoji
    const { seq: rawSeq } = q.nextSeq.get(now, preview, post.conversationId) as { seq: number | bigint };
    const seq = Number(rawSeq);
    const id = newRowId();
    q.insert.run(id, post.conversationId, seq, post.actorId, post.body, post.clientId, now);
    q.authorRead.run(post.conversationId, post.actorId, seq, seq, now);
    const known = textEvent(post, { id, seq, preview, createdAt: createdAt.toISOString() }, audienceOnSqlite(connection, conversation));
    const { message, row, audience } = known;
    appendEventOnSqlite(connection, audience, { type: "message.posted", conversationId: post.conversationId, messageId: id, seq, authorId: post.actorId, message, row });
    return { kind: "posted", id, seq, known };
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

/** The live event of a new text message without a parent, from what posting it just wrote. */
function textEvent(post: TextPost, written: { id: string; seq: number; preview: string; createdAt: string }, audience: string[]): KnownMessage {
  const { id, seq, preview, createdAt } = written;
  return {
    message: {
      id,
      seq,
      kind: "TEXT",
      body: post.body,
      authorId: post.actorId,
      authorName: post.actorName,
      authorClientId: post.clientId,
      createdAt,
      parent: null,
      replyCount: 0,
      designs: [],
      photos: [],
      document: null,
      pick: null,
      order: null,
      line: null,
    },
    row: { preview, previewLine: null, lastMessageAt: createdAt, lastSeq: seq },
    audience,
  };
}
