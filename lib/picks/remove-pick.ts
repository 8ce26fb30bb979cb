// The buyer takes an open pick back. The card stays in the chat (someone may have replied to
// it) but says it was removed; the pick leaves the tray.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { publishMessageUpdated } from "@/lib/realtime/publish-message-posted";
import { idSchema, parseInput } from "@/lib/validation";
import { pickViewSelect, toPickView, type PickView } from "./pick-view";

export const removePickSchema = z.object({ pickId: idSchema });

/** Removing twice is harmless; an ordered pick can't be removed. */
export async function removePick(actor: Actor, input: unknown): Promise<PickView> {
  const { pickId } = parseInput(removePickSchema, input);
  const db = getDb();
  const pick = await db.pick.findFirst({ where: { id: pickId, buyerId: actor.id }, select: pickViewSelect });
  if (!pick) throw notFound("That pick");
  if (pick.status === "REMOVED") return toPickView(pick);
  if (pick.status === "ORDERED") throw new AppError("CONFLICT", "This pick is already in an order.");

  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.pick.updateMany({ where: { id: pick.id, buyerId: actor.id, status: "OPEN" }, data: { status: "REMOVED" } });
    if (count !== 1) {
      const now = await tx.pick.findUniqueOrThrow({ where: { id: pick.id }, select: pickViewSelect });
      if (now.status === "REMOVED") return { pick: toPickView(now), card: null };
      throw new AppError("CONFLICT", "This pick is already in an order.");
    }
    const row = await tx.pick.findUniqueOrThrow({ where: { id: pick.id }, select: pickViewSelect });
    const view = toPickView(row);
    const card = pick.messageId
      ? await tx.message.update({ where: { id: pick.messageId }, data: { body: `Removed: ${view.summary}`, editedAt: new Date() }, select: { id: true, seq: true, authorId: true } })
      : null;
    return { pick: view, card };
  });
  // Open chats fetch the card again (its text follows the pick).
  if (removed.card) await publishMessageUpdated(pick.conversationId, removed.card);
  return removed.pick;
}
