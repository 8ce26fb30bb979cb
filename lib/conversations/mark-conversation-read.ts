// Moves the actor's receipts in a conversation forward: "delivered" when their app received
// messages, "read" when the messages were on their screen. Without seqs, everything up to the
// newest message is read. Receipts never move back (an older tab cannot undo a newer read) and
// never pass the newest message. The other side sees the change live (conversation.read).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { audienceSelect, audienceSidesOf } from "@/lib/realtime/conversation-audience";
import { appendEvent } from "@/lib/realtime/event-log";
import { announceEvents } from "@/lib/realtime/event-log-reader";
import { receiptAudience } from "@/lib/realtime/receipt-audience";
import { idSchema, parseInput } from "@/lib/validation";
import { markReceiptsOnSqlite } from "./mark-receipts-on-sqlite";

const seqSchema = z.coerce.number().int().min(0).max(2_000_000_000);
export const markConversationReadSchema = z.object({ conversationId: idSchema, readSeq: seqSchema.optional(), deliveredSeq: seqSchema.optional() });

export interface Receipts {
  lastReadSeq: number;
  lastDeliveredSeq: number;
}

export async function markConversationRead(actor: Actor, input: unknown): Promise<Receipts> {
  const data = parseInput(markConversationReadSchema, input);
  const db = getDb();
  // SQLite: the same rules as below as prepared statements (mark-receipts-on-sqlite.ts says why).
  const direct = runOnSqliteConnection(db, (connection) =>
    markReceiptsOnSqlite(connection, { actorId: actor.id, conversationId: data.conversationId, readSeq: data.readSeq, deliveredSeq: data.deliveredSeq }),
  );
  if (direct) {
    const outcome = await direct;
    if (outcome.kind === "no-conversation") throw notFound("That conversation");
    if (outcome.moved) await announceEvents(db);
    return { lastReadSeq: outcome.lastReadSeq, lastDeliveredSeq: outcome.lastDeliveredSeq };
  }
  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, lastSeq: true, ...audienceSelect },
  });
  if (!conversation) throw notFound("That conversation");
  const bothMissing = data.readSeq === undefined && data.deliveredSeq === undefined;
  const readSeq = Math.min(conversation.lastSeq, bothMissing ? conversation.lastSeq : (data.readSeq ?? 0));
  // What is read was delivered.
  const deliveredSeq = Math.max(readSeq, Math.min(conversation.lastSeq, data.deliveredSeq ?? 0));
  const key = { conversationId: conversation.id, userId: actor.id };

  const exists = await db.readState.findUnique({ where: { conversationId_userId: key }, select: { userId: true } });
  if (!exists) {
    await db.readState.create({ data: { ...key, lastReadSeq: 0, lastDeliveredSeq: 0 } }).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error; // another tab created it first
    });
  }
  const outcome = await db.$transaction(async (tx) => {
    // Each column only moves forward; two conditional updates keep concurrent tabs from undoing each other.
    const read = await tx.readState.updateMany({ where: { ...key, lastReadSeq: { lt: readSeq } }, data: { lastReadSeq: readSeq } });
    const delivered = await tx.readState.updateMany({ where: { ...key, lastDeliveredSeq: { lt: deliveredSeq } }, data: { lastDeliveredSeq: deliveredSeq } });
    const now = await tx.readState.findUniqueOrThrow({ where: { conversationId_userId: key }, select: { lastReadSeq: true, lastDeliveredSeq: true } });
    const moved = read.count > 0 || delivered.count > 0;
    if (moved) {
      const { audience, member } = receiptAudience(audienceSidesOf(conversation), actor.id);
      await appendEvent(tx, audience, { type: "conversation.read", conversationId: conversation.id, userId: actor.id, member, ...now });
    }
    return { now, moved };
  });
  if (outcome.moved) await announceEvents(db);
  return outcome.now;
}
