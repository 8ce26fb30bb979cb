// A buyer picks a design that was posted into their conversation: colour, sets (or pieces per
// size when sold loose) and a note. The price is the design's price now, never the client's.
// The pick appears in the chat as a PICK message replying to the latest post of the design.
// The app names the pick (clientId, stored as its card's client id): sending it again after a
// timeout or a double tap returns the pick already made.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { actsForBuyer } from "@/lib/teams/buyer-side";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { appendMessage } from "@/lib/messages/append-message";
import { pickPreview, pickSummary, setsInputSchema, sizePiecesInputSchema } from "@/lib/orders/quantities";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";
import { clientIdSchema, colourInputSchema, jsonColumn, noteInputSchema, pickDesignSelect, pickLine, refuseArchived, resolveColour } from "./pick-rules";
import { pickViewSelect, toPickView, type PickView } from "./pick-view";
import { pickCardLine, pickPreviewLine } from "./pick-card-line";

export const createPickSchema = z.object({
  conversationId: idSchema,
  designId: idSchema,
  clientId: clientIdSchema,
  colour: colourInputSchema.nullish(),
  sets: setsInputSchema.nullish(),
  sizePieces: sizePiecesInputSchema.nullish(),
  note: noteInputSchema.nullish(),
});

async function findExisting(buyerId: string, clientId: string, conversationId: string): Promise<PickView | null> {
  const card = await getDb().message.findUnique({
    where: { authorId_clientId: { authorId: buyerId, clientId } },
    select: { conversationId: true, pick: { select: pickViewSelect } },
  });
  if (!card) return null;
  if (card.conversationId !== conversationId || !card.pick) throw new AppError("CONFLICT", "That pick id was already used for something else.");
  return toPickView(card.pick);
}

export async function createPick(actor: Actor, input: unknown): Promise<PickView> {
  const data = parseInput(createPickSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, businessId: true, buyerId: true },
  });
  if (!conversation) throw notFound("That conversation");
  if (!(await actsForBuyer(db, conversation.buyerId, actor.id))) throw new AppError("FORBIDDEN", "Only the buyer can pick designs in this conversation.");

  const repeat = await findExisting(actor.id, data.clientId, conversation.id);
  if (repeat) return repeat;

  try {
    const created = await db.$transaction(async (tx) => {
      // Only a design of this business that was posted into this very conversation.
      const design = await tx.design.findFirst({
        where: { id: data.designId, businessId: conversation.businessId, posts: { some: { message: { conversationId: conversation.id, deletedAt: null } } } },
        select: pickDesignSelect,
      });
      if (!design) throw notFound("That design");
      refuseArchived(design);
      const colour = resolveColour(design, data.colour);
      const line = pickLine(design, { sets: data.sets, sizePieces: data.sizePieces });
      const post = await tx.message.findFirst({
        where: { conversationId: conversation.id, kind: "DESIGN_POST", deletedAt: null, designs: { some: { designId: design.id } } },
        orderBy: { seq: "desc" },
        select: { id: true },
      });
      const shown = { code: design.code, colour, ...line };
      const card = await appendMessage(tx, {
        conversationId: conversation.id,
        authorId: actor.id,
        kind: "PICK",
        // The card's text on its own, so the chat can show it without reading the pick.
        body: pickSummary(shown),
        meta: { line: pickCardLine(shown) },
        clientId: data.clientId,
        parentId: post?.id ?? null,
        preview: pickPreview(shown),
        previewLine: pickPreviewLine(shown),
      });
      const pick = await tx.pick.create({
        data: {
          conversationId: conversation.id,
          // The shop's pick (its tray), whoever on its team made it; the card names them.
          buyerId: conversation.buyerId,
          designId: design.id,
          messageId: card.id,
          colour,
          sets: line.sets,
          sizePieces: jsonColumn(line.sizePieces),
          pieces: line.pieces,
          pricePerPiecePaise: line.pricePerPiecePaise,
          totalPaise: line.totalPaise,
          note: data.note || null,
        },
        select: pickViewSelect,
      });
      const announce = await recordMessagePosted(tx, conversation.id, { id: card.id, seq: card.seq, authorId: card.authorId });
      return { pick: toPickView(pick), announce };
    });
    await created.announce();
    return created.pick;
  } catch (error) {
    // Two copies of one pick raced past the check above: the loser returns the winner's pick.
    if (isUniqueViolation(error)) {
      const winner = await findExisting(actor.id, data.clientId, conversation.id);
      if (winner) return winner;
    }
    throw error;
  }
}
