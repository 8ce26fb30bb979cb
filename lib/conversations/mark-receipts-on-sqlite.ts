// Receipts on SQLite as prepared statements on Prisma's own connection (see
// lib/messages/post-text-on-sqlite.ts for why): every message a member's phone receives sends a
// receipt, so receipts outnumber messages. Same rules as mark-conversation-read.ts: the seqs are
// clamped to the conversation's newest, read implies delivered, and each column only moves forward.
import type BetterSqlite3 from "better-sqlite3";
import { actorTimes, conversationVisibleSql } from "@/lib/auth/access";
import { toSqliteDateTime } from "@/lib/db-dates";
import { appendEventOnSqlite } from "@/lib/realtime/event-log";
import { audienceSidesOnSqlite } from "@/lib/realtime/conversation-audience";
import { receiptAudience } from "@/lib/realtime/receipt-audience";

export interface ReceiptRequest {
  actorId: string;
  conversationId: string;
  readSeq?: number;
  deliveredSeq?: number;
}

export type ReceiptOutcome =
  | { kind: "no-conversation" }
  | { kind: "done"; lastReadSeq: number; lastDeliveredSeq: number; moved: boolean };

function statements(connection: BetterSqlite3.Database) {
  return {
    visible: connection.prepare<string[]>(
      `SELECT c."lastSeq" AS lastSeq, c."buyerId" AS buyerId, c."businessId" AS businessId FROM "Conversation" c
       WHERE c."id" = ? AND ${conversationVisibleSql("c").sql}`,
    ),
    ensure: connection.prepare(
      `INSERT INTO "ReadState" ("conversationId", "userId", "lastReadSeq", "lastDeliveredSeq", "updatedAt") VALUES (?, ?, 0, 0, ?) ON CONFLICT DO NOTHING`,
    ),
    read: connection.prepare(`UPDATE "ReadState" SET "lastReadSeq" = ?, "updatedAt" = ? WHERE "conversationId" = ? AND "userId" = ? AND "lastReadSeq" < ?`),
    delivered: connection.prepare(`UPDATE "ReadState" SET "lastDeliveredSeq" = ?, "updatedAt" = ? WHERE "conversationId" = ? AND "userId" = ? AND "lastDeliveredSeq" < ?`),
    current: connection.prepare<[string, string]>(`SELECT "lastReadSeq", "lastDeliveredSeq" FROM "ReadState" WHERE "conversationId" = ? AND "userId" = ?`),
  };
}

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

export function markReceiptsOnSqlite(connection: BetterSqlite3.Database, request: ReceiptRequest): ReceiptOutcome {
  let q = prepared.get(connection);
  if (!q) prepared.set(connection, (q = statements(connection)));
  const sql = q;
  const conversation = sql.visible.get(request.conversationId, ...actorTimes(request.actorId)) as { lastSeq: number | bigint; buyerId: string; businessId: string } | undefined;
  if (!conversation) return { kind: "no-conversation" };
  const lastSeq = Number(conversation.lastSeq);
  const bothMissing = request.readSeq === undefined && request.deliveredSeq === undefined;
  const readSeq = Math.min(lastSeq, bothMissing ? lastSeq : (request.readSeq ?? 0));
  const deliveredSeq = Math.max(readSeq, Math.min(lastSeq, request.deliveredSeq ?? 0));
  const now = toSqliteDateTime(new Date());

  return connection.transaction((): ReceiptOutcome => {
    const key = [request.conversationId, request.actorId] as const;
    sql.ensure.run(...key, now);
    const moved = sql.read.run(readSeq, now, ...key, readSeq).changes + sql.delivered.run(deliveredSeq, now, ...key, deliveredSeq).changes > 0;
    const row = sql.current.get(...key) as { lastReadSeq: number | bigint; lastDeliveredSeq: number | bigint };
    const receipts = { lastReadSeq: Number(row.lastReadSeq), lastDeliveredSeq: Number(row.lastDeliveredSeq) };
    if (moved) {
      const { audience, member } = receiptAudience(audienceSidesOnSqlite(connection, conversation), request.actorId);
      appendEventOnSqlite(connection, audience, { type: "conversation.read", conversationId: request.conversationId, userId: request.actorId, member, ...receipts });
    }
    return { kind: "done", ...receipts, moved };
  }).immediate();
}
