// "Order again": a buyer puts the lines of one of their orders back into their tray, as open
// picks in that order's conversation, at today's design prices (never the old snapshot). Each
// pick is posted like any pick: a PICK message replying to the latest post of that design.
// Designs that were deleted, archived, or changed so the old line no longer fits, are skipped
// and returned with the reason, so the app can say which ones did not come back.
//
// The client names the request (clientId); pick n gets the message id `${clientId}-${position}`.
// All picks are written in one transaction, so a repeat (double tap, retry) finds them and
// returns them instead of adding a second set.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { appendMessage } from "@/lib/messages/append-message";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";
import { checkMinimum, computeLine, pickSummary, readColours, readSetComposition, readSizePieces, type QuantityLine, type SetComposition } from "./quantities";
import { pickCardLine } from "@/lib/picks/pick-card-line";

export const orderAgainSchema = z.object({
  orderId: idSchema,
  // Room for the "-<position>" suffix under the 64 characters message ids may have.
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,56}$/, "The request id from the app is not valid."),
});

export type SkipReason = "DESIGN_DELETED" | "DESIGN_ARCHIVED" | "SIZES_CHANGED" | "COLOUR_UNAVAILABLE" | "BELOW_MINIMUM";

export interface OrderAgainResult {
  conversationId: string;
  picks: Array<{ pickId: string; messageId: string; code: string; pieces: number; totalPaise: number }>;
  skipped: Array<{ position: number; code: string; reason: SkipReason; message: string }>;
}

type Line = {
  position: number;
  code: string;
  colour: string | null;
  sets: number | null;
  sizePieces: unknown;
  design: {
    id: string;
    code: string;
    archivedAt: Date | null;
    soldLoose: boolean;
    setComposition: unknown;
    colours: unknown;
    minimumSets: number;
    pricePerPiecePaise: number;
  } | null;
};

interface PlannedPick {
  position: number;
  designId: string;
  code: string;
  colour: string | null;
  sets: number | null;
  sizePieces: Record<string, number> | null;
  pieces: number;
  pricePerPiecePaise: number;
  totalPaise: number;
  summary: string;
}

const skipMessages: Record<SkipReason, string> = {
  DESIGN_DELETED: "This design is no longer in the catalog.",
  DESIGN_ARCHIVED: "This design is not available any more.",
  SIZES_CHANGED: "The sizes of this design have changed; pick it again.",
  COLOUR_UNAVAILABLE: "This colour is not available any more; pick it again.",
  BELOW_MINIMUM: "The minimum order of this design has gone up; pick it again.",
};

/** The line again at today's price, by the same rules as a new pick (lib/orders/quantities.ts),
 * or why it can't be. */
function plan(line: Line): PlannedPick | SkipReason {
  const design = line.design;
  if (!design) return "DESIGN_DELETED";
  if (design.archivedAt) return "DESIGN_ARCHIVED";
  if (line.colour && !readColours(design.colours).includes(line.colour)) return "COLOUR_UNAVAILABLE";
  // Sold in sets then and loose now (or the other way round): the buyer chooses again.
  if ((line.sets === null) !== design.soldLoose) return "SIZES_CHANGED";
  const lineDesign = { code: design.code, setComposition: [] as SetComposition, soldLoose: design.soldLoose, pricePerPiecePaise: design.pricePerPiecePaise };
  let computed: QuantityLine;
  try {
    lineDesign.setComposition = readSetComposition(design.setComposition, design.code);
    computed = computeLine(lineDesign, { sets: line.sets, sizePieces: readSizePieces(line.sizePieces) });
  } catch (error) {
    if (error instanceof AppError) return "SIZES_CHANGED"; // a size that no longer exists, and the like
    throw error;
  }
  try {
    checkMinimum({ ...lineDesign, minimumSets: design.minimumSets }, computed);
  } catch (error) {
    if (error instanceof AppError) return "BELOW_MINIMUM";
    throw error;
  }
  const planned = { position: line.position, designId: design.id, code: design.code, colour: line.colour, ...computed };
  return { ...planned, summary: pickSummary(planned) };
}

/** The picks an earlier run of the same request made (they are written all at once or not at all). */
async function earlierPicks(actorId: string, messageClientIds: string[]): Promise<OrderAgainResult["picks"] | null> {
  const picks = await getDb().pick.findMany({
    where: { buyerId: actorId, message: { authorId: actorId, clientId: { in: messageClientIds } } },
    select: { id: true, messageId: true, pieces: true, totalPaise: true, design: { select: { code: true } }, message: { select: { clientId: true } } },
  });
  if (picks.length === 0) return null;
  const position = (clientId: string | undefined) => messageClientIds.indexOf(clientId ?? "");
  return picks
    .sort((a, b) => position(a.message?.clientId) - position(b.message?.clientId))
    .map((p) => ({ pickId: p.id, messageId: p.messageId ?? "", code: p.design.code, pieces: p.pieces, totalPaise: p.totalPaise }));
}

async function writePicks(tx: Tx, actor: Actor, conversationId: string, clientId: string, planned: PlannedPick[]) {
  const written: Array<OrderAgainResult["picks"][number] & { seq: number }> = [];
  for (const p of planned) {
    const post = await tx.message.findFirst({
      where: { conversationId, kind: "DESIGN_POST", deletedAt: null, designs: { some: { designId: p.designId } } },
      orderBy: { seq: "desc" },
      select: { id: true },
    });
    const message = await appendMessage(tx, {
      conversationId,
      authorId: actor.id,
      kind: "PICK",
      body: p.summary,
      meta: { line: pickCardLine(p) },
      clientId: `${clientId}-${p.position}`,
      parentId: post?.id ?? null,
      preview: p.summary,
      previewLine: pickCardLine(p),
    });
    const pick = await tx.pick.create({
      data: {
        conversationId,
        buyerId: actor.id,
        designId: p.designId,
        messageId: message.id,
        colour: p.colour,
        sets: p.sets,
        ...(p.sizePieces ? { sizePieces: p.sizePieces } : {}),
        pieces: p.pieces,
        pricePerPiecePaise: p.pricePerPiecePaise,
        totalPaise: p.totalPaise,
      },
      select: { id: true },
    });
    written.push({ pickId: pick.id, messageId: message.id, code: p.code, pieces: p.pieces, totalPaise: p.totalPaise, seq: message.seq });
  }
  return written;
}

export async function orderAgain(actor: Actor, input: unknown): Promise<OrderAgainResult> {
  const { orderId, clientId } = parseInput(orderAgainSchema, input);
  const db = getDb();
  // Only the buyer fills their own tray; members of the business see the order but cannot.
  const order = await db.order.findFirst({
    where: { id: orderId, buyerId: actor.id, conversation: { buyerId: actor.id } },
    select: {
      conversationId: true,
      businessId: true,
      lines: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          code: true,
          colour: true,
          sets: true,
          sizePieces: true,
          design: { select: { id: true, businessId: true, code: true, archivedAt: true, soldLoose: true, setComposition: true, colours: true, minimumSets: true, pricePerPiecePaise: true } },
        },
      },
    },
  });
  if (!order) throw notFound("That order");

  const planned: PlannedPick[] = [];
  const skipped: OrderAgainResult["skipped"] = [];
  for (const line of order.lines) {
    const design = line.design?.businessId === order.businessId ? line.design : null;
    const outcome = plan({ ...line, design });
    if (typeof outcome === "string") skipped.push({ position: line.position, code: line.code, reason: outcome, message: skipMessages[outcome] });
    else planned.push(outcome);
  }
  const result = (picks: OrderAgainResult["picks"]): OrderAgainResult => ({ conversationId: order.conversationId, picks, skipped });
  if (planned.length === 0) return result([]);

  const messageClientIds = planned.map((p) => `${clientId}-${p.position}`);
  const repeat = await earlierPicks(actor.id, messageClientIds);
  if (repeat) return result(repeat);
  try {
    const { written, announce } = await db.$transaction(async (tx) => {
      const written = await writePicks(tx, actor, order.conversationId, clientId, planned);
      // One event for the newest message: a client fetches everything after its last seq.
      const last = written.at(-1)!;
      return { written, announce: await recordMessagePosted(tx, order.conversationId, { id: last.messageId, seq: last.seq, authorId: actor.id }) };
    });
    await announce();
    return result(written.map((p) => ({ pickId: p.pickId, messageId: p.messageId, code: p.code, pieces: p.pieces, totalPaise: p.totalPaise })));
  } catch (error) {
    // The same request raced itself: the loser returns what the winner wrote.
    if (isUniqueViolation(error)) {
      const winner = await earlierPicks(actor.id, messageClientIds);
      if (winner) return result(winner);
      throw new AppError("CONFLICT", "That request id was already used. Try again.");
    }
    throw error;
  }
}
