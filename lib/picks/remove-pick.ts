// The buyer takes an open pick back. The card stays in the chat (someone may have replied to
// it) but says it was removed; the pick leaves the tray.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { announceNothing, recordMessageUpdated } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";
import { pickViewSelect, toPickView, type PickView } from "./pick-view";

export const removePickSchema = z.object({ pickId: idSchema });

/** Removing twice is harmless; an ordered pick can't be removed. */
export async function removePick(actor: Actor, input: unknown): Promise<PickView> {
  const { pickId } = parseInput(removePickSchema, input);
  const db = getDb();
  // The shop's picks: the buyer's, removed by the buyer or a colleague on their team.
  const pick = await db.pick.findFirst({ where: { id: pickId, buyer: buyerSideOf(actor.id) }, select: pickViewSelect });
  if (!pick) throw notFound("That pick");
  if (pick.status === "REMOVED") return toPickView(pick);
  if (pick.status === "ORDERED") throw new AppError("CONFLICT", "This pick is already in an order.");

  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.pick.updateMany({ where: { id: pick.id, buyerId: pick.buyerId, status: "OPEN" }, data: { status: "REMOVED" } });
    if (count !== 1) {
      const now = await tx.pick.findUniqueOrThrow({ where: { id: pick.id }, select: pickViewSelect });
      if (now.status === "REMOVED") return { pick: toPickView(now), announce: announceNothing };
      throw new AppError("CONFLICT", "This pick is already in an order.");
    }
    const row = await tx.pick.findUniqueOrThrow({ where: { id: pick.id }, select: pickViewSelect });
    const view = toPickView(row);
    const card = pick.messageId
      ? await tx.message.update({ where: { id: pick.messageId }, data: { body: `Removed: ${view.summary}`, editedAt: new Date() }, select: { id: true, seq: true, authorId: true } })
      : null;
    // Open chats redraw the card (its text follows the pick).
    const announce = card ? await recordMessageUpdated(tx, pick.conversationId, card) : announceNothing;
    return { pick: view, announce };
  });
  await removed.announce();
  return removed.pick;
}
