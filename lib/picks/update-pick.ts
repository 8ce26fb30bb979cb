// The buyer changes one of their open picks: colour, sets (or pieces per size), note. The price
// stays the one taken when the pick was made. The card's text follows the change.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { pickSummary, readSizePieces, setsInputSchema, sizePiecesInputSchema } from "@/lib/orders/quantities";
import { announceNothing, recordMessageUpdated } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";
import { colourInputSchema, jsonColumn, noteInputSchema, pickDesignSelect, pickLine, refuseArchived, resolveColour } from "./pick-rules";
import { pickViewSelect, toPickView, type PickView } from "./pick-view";
import { refuseClosedPick } from "./refuse-closed-pick";
import { pickCardLine } from "./pick-card-line";

export const updatePickSchema = z.object({
  pickId: idSchema,
  /** Omitted: unchanged. */
  colour: colourInputSchema.nullish(),
  sets: setsInputSchema.optional(),
  sizePieces: sizePiecesInputSchema.optional(),
  /** Omitted: unchanged; null or "": cleared. */
  note: noteInputSchema.nullish(),
});

export async function updatePick(actor: Actor, input: unknown): Promise<PickView> {
  const data = parseInput(updatePickSchema, input);
  const db = getDb();
  const pick = await db.pick.findFirst({
    // The shop's picks: the buyer's, changed by the buyer or a colleague on their team.
    where: { id: data.pickId, buyer: buyerSideOf(actor.id) },
    select: { ...pickViewSelect, design: { select: pickDesignSelect } },
  });
  if (!pick) throw notFound("That pick");
  refuseClosedPick(pick.status);
  refuseArchived(pick.design);

  const colour = resolveColour(pick.design, data.colour === undefined ? pick.colour : data.colour);
  const line = pickLine(
    pick.design,
    pick.design.soldLoose ? { sizePieces: data.sizePieces ?? readSizePieces(pick.sizePieces) } : { sets: data.sets ?? pick.sets },
    pick.pricePerPiecePaise,
  );
  const note = data.note === undefined ? pick.note : data.note || null;

  const updated = await db.$transaction(async (tx) => {
    // Guarded on OPEN: a confirmation or removal that got there first wins.
    const { count } = await tx.pick.updateMany({
      where: { id: pick.id, buyerId: pick.buyerId, status: "OPEN" },
      data: { colour, sets: line.sets, sizePieces: jsonColumn(line.sizePieces), pieces: line.pieces, totalPaise: line.totalPaise, note },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This pick was already ordered or removed.");
    const card = pick.messageId
      ? await tx.message.update({
          where: { id: pick.messageId },
          data: { body: pickSummary({ code: pick.design.code, colour, ...line }), meta: { line: { ...pickCardLine({ code: pick.design.code, colour, ...line }) } } as object, editedAt: new Date() },
          select: { id: true, seq: true, authorId: true },
        })
      : null;
    const row = await tx.pick.findUniqueOrThrow({ where: { id: pick.id }, select: pickViewSelect });
    // Open chats redraw the card (its text follows the pick).
    const announce = card ? await recordMessageUpdated(tx, pick.conversationId, card) : announceNothing;
    return { pick: toPickView(row), announce };
  });
  await updated.announce();
  return updated.pick;
}
