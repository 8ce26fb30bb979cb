// Moves the actor's read position to the newest message of a conversation they can see. Never
// moves it back (an older tab cannot undo a newer read). Today a conversation counts as read
// when it is opened; the chat issue refines this to messages actually on screen.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { conversationAudience } from "@/lib/realtime/conversation-audience";
import { publish } from "@/lib/realtime/event-bus";
import { idSchema, parseInput } from "@/lib/validation";

export async function markConversationRead(actor: Actor, input: unknown): Promise<{ lastReadSeq: number }> {
  const { conversationId } = parseInput(z.object({ conversationId: idSchema }), input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, ...conversationVisibleTo(actor.id) }, select: { id: true, lastSeq: true } });
  if (!conversation) throw notFound("That conversation");
  const seq = conversation.lastSeq;
  const key = { conversationId: conversation.id, userId: actor.id };
  let moved = (await db.readState.updateMany({ where: { ...key, lastReadSeq: { lt: seq } }, data: { lastReadSeq: seq, lastDeliveredSeq: seq } })).count > 0;
  if (!moved) {
    moved = await db.readState.create({ data: { ...key, lastReadSeq: seq, lastDeliveredSeq: seq } }).then(
      () => true,
      (error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        return false; // the row exists and is already at or past seq
      },
    );
  }
  if (moved) {
    publish(await conversationAudience(conversation.id), { type: "conversation.read", conversationId: conversation.id, userId: actor.id, lastReadSeq: seq });
  }
  return { lastReadSeq: seq };
}
