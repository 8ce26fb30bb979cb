// Mutes or unmutes a conversation for the signed-in person: their devices get no notifications
// for it (the chat itself is unchanged). Only a conversation they see can be muted.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { idSchema, parseInput } from "@/lib/validation";

export const setConversationMuteSchema = z.object({ conversationId: idSchema, muted: z.boolean() });

export async function setConversationMute(actor: Actor, input: unknown): Promise<{ muted: boolean }> {
  const { conversationId, muted } = parseInput(setConversationMuteSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, ...conversationVisibleTo(actor.id) }, select: { id: true } });
  if (!conversation) throw notFound("That conversation");
  const key = { userId: actor.id, conversationId };
  if (!muted) {
    await db.conversationMute.deleteMany({ where: key });
    return { muted };
  }
  try {
    await db.conversationMute.create({ data: key });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // muted already (two taps, two tabs)
  }
  return { muted };
}
