// The buyer confirms the open picks of their tray (all of them, or the ones named) into an
// order: a per-business number, lines that snapshot each design, server-side totals, a PLACED
// event and an order card in the chat, all in one transaction.
//
// Race safety: the number is taken by incrementing Business.nextOrderNumber first; that update
// locks the business row, so confirmations of one business run one after another on both
// providers and numbers stay gapless (a refused confirmation rolls its increment back). The
// picks then move OPEN -> ORDERED with a guarded update whose count must match, so a pick is
// never ordered twice. The app's idempotencyKey makes a repeat (double tap, retry, a second
// tab) return the first order: checked before, re-checked under the lock, and backed by the
// unique (buyerId, idempotencyKey) index.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import type { Tx } from "@/lib/db";
import { actsForBuyer } from "@/lib/teams/buyer-side";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { appendMessage } from "@/lib/messages/append-message";
import { jsonColumn } from "@/lib/picks/pick-rules";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { recordOrderUpdated } from "@/lib/realtime/record-order-updated";
import { orderSearchText } from "@/lib/search/order-search-text";
import { idSchema, parseInput } from "@/lib/validation";
import { orderPlacedLine, orderPlacedText } from "./order-card";
import { lineTotalPaise, readSizePieces, sumLines } from "./quantities";
import { conflictBackoff, isWriteConflict } from "./write-conflict";

export const confirmOrderSchema = z.object({
  conversationId: idSchema,
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The order id from the app is not valid."),
  /** Default: every open pick of the buyer in the conversation. */
  pickIds: z
    .array(idSchema)
    .min(1, "Choose at least one pick.")
    .max(200, "Up to 200 picks in one order.")
    .refine((ids) => new Set(ids).size === ids.length, "A pick is listed twice.")
    .optional(),
});

export interface ConfirmedOrder {
  id: string;
  number: number;
  status: OrderStatus;
  conversationId: string;
  totalPaise: number;
  totalPieces: number;
  lines: number;
}

const confirmedSelect = {
  id: true,
  number: true,
  status: true,
  conversationId: true,
  totalPaise: true,
  totalPieces: true,
  _count: { select: { lines: true } },
} as const;

const MAX_ATTEMPTS = 4;
const STALE_TRAY = "Some of these picks were already ordered or removed. Review your tray.";

/** Thrown inside the transaction to roll back the number taken when the key was already used. */
class AlreadyConfirmed extends Error {}

async function findByKey(buyerId: string, idempotencyKey: string, conversationId: string): Promise<ConfirmedOrder | null> {
  const order = await getDb().order.findUnique({ where: { buyerId_idempotencyKey: { buyerId, idempotencyKey } }, select: confirmedSelect });
  if (!order) return null;
  if (order.conversationId !== conversationId) throw new AppError("CONFLICT", "That order id was already used in another conversation.");
  const { _count, ...rest } = order;
  return { ...rest, lines: _count.lines };
}

interface Confirmation {
  actor: Actor;
  /** The shop the order is for: the conversation's buyer (the actor, or their colleague's buyer). */
  buyer: { id: string; name: string };
  businessId: string;
  conversationId: string;
  idempotencyKey: string;
  pickIds?: string[];
}

async function placeOrder(tx: Tx, c: Confirmation) {
  // First statement on purpose: the row lock that serialises this business's confirmations.
  const business = await tx.business.update({
    where: { id: c.businessId },
    data: { nextOrderNumber: { increment: 1 } },
    select: { nextOrderNumber: true, currency: true },
  });
  const number = business.nextOrderNumber - 1;
  const repeat = await tx.order.findUnique({ where: { buyerId_idempotencyKey: { buyerId: c.buyer.id, idempotencyKey: c.idempotencyKey } }, select: { id: true } });
  if (repeat) throw new AlreadyConfirmed();

  const picks = await tx.pick.findMany({
    where: { conversationId: c.conversationId, buyerId: c.buyer.id, status: "OPEN", ...(c.pickIds ? { id: { in: c.pickIds } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, designId: true, colour: true, sets: true, sizePieces: true, pieces: true, pricePerPiecePaise: true, design: { select: { code: true, title: true } } },
  });
  if (c.pickIds && picks.length !== c.pickIds.length) throw new AppError("CONFLICT", STALE_TRAY);
  if (picks.length === 0) throw new AppError("INVALID", "Your tray is empty.");

  const lines = picks.map((p, position) => ({
    designId: p.designId,
    position,
    code: p.design.code,
    title: p.design.title,
    colour: p.colour,
    sets: p.sets,
    sizePieces: jsonColumn(p.sets === null ? readSizePieces(p.sizePieces) : null),
    pieces: p.pieces,
    pricePerPiecePaise: p.pricePerPiecePaise,
    // Summed here from pieces and the price taken at pick time, not from any stored total.
    totalPaise: lineTotalPaise(p.pieces, p.pricePerPiecePaise),
  }));
  const total = sumLines(lines);
  const order = await tx.order.create({
    data: {
      businessId: c.businessId,
      conversationId: c.conversationId,
      buyerId: c.buyer.id,
      number,
      currency: business.currency,
      totalPaise: total.totalPaise,
      totalPieces: total.pieces,
      idempotencyKey: c.idempotencyKey,
      searchText: orderSearchText({ number, buyerName: c.buyer.name, codes: lines.map((line) => line.code) }),
    },
    select: { id: true, number: true, status: true, conversationId: true, totalPaise: true, totalPieces: true },
  });
  // One statement each (a nested create would insert line by line).
  await tx.orderLine.createMany({ data: lines.map((line) => ({ ...line, orderId: order.id })) });
  await tx.orderEvent.create({ data: { orderId: order.id, type: "PLACED", actorId: c.actor.id, data: { totalPaise: total.totalPaise, totalPieces: total.pieces, lines: lines.length } } });
  const moved = await tx.pick.updateMany({
    where: { id: { in: picks.map((p) => p.id) }, status: "OPEN", buyerId: c.buyer.id, conversationId: c.conversationId },
    data: { status: "ORDERED", orderId: order.id },
  });
  if (moved.count !== picks.length) throw new AppError("CONFLICT", STALE_TRAY);

  const placed = { number, designs: new Set(picks.map((p) => p.designId)).size, totalPieces: total.pieces, totalPaise: total.totalPaise };
  const text = orderPlacedText(placed);
  const card = await appendMessage(tx, {
    conversationId: c.conversationId,
    authorId: c.actor.id,
    kind: "ORDER",
    body: text,
    // The order id is unknown to clients, so this can't collide with an id a client chose.
    clientId: `order-${order.id}`,
    orderId: order.id,
    meta: { orderEvent: "PLACED", line: orderPlacedLine(placed) },
    preview: text,
    previewLine: orderPlacedLine(placed),
  });
  const announceCard = await recordMessagePosted(tx, c.conversationId, { id: card.id, seq: card.seq, authorId: card.authorId });
  const announceOrder = await recordOrderUpdated(tx, order.id);
  return { order: { ...order, lines: lines.length }, announce: () => Promise.all([announceCard(), announceOrder()]) };
}

export async function confirmOrder(actor: Actor, input: unknown): Promise<ConfirmedOrder> {
  const data = parseInput(confirmOrderSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, businessId: true, buyerId: true, buyer: { select: { name: true } } },
  });
  if (!conversation) throw notFound("That conversation");
  // The buyer, or a colleague on the buyer's team: the order is the shop's, its card names who placed it.
  if (!(await actsForBuyer(db, conversation.buyerId, actor.id))) throw new AppError("FORBIDDEN", "Only the buyer can confirm this order.");

  const repeat = await findByKey(conversation.buyerId, data.idempotencyKey, conversation.id);
  if (repeat) return repeat;

  const confirmation = { actor, buyer: { id: conversation.buyerId, name: conversation.buyer.name }, businessId: conversation.businessId, conversationId: conversation.id, idempotencyKey: data.idempotencyKey, pickIds: data.pickIds };
  for (let attempt = 1; ; attempt++) {
    try {
      // Confirmations of one business queue on the business row; give the queue time.
      const placed = await db.$transaction((tx) => placeOrder(tx, confirmation), { maxWait: 15_000, timeout: 20_000 });
      await placed.announce();
      return placed.order;
    } catch (error) {
      // The same key won in another request (under the lock, or by the unique index).
      if (error instanceof AlreadyConfirmed || isUniqueViolation(error)) {
        const winner = await findByKey(conversation.buyerId, data.idempotencyKey, conversation.id);
        if (winner) return winner;
      }
      if (isWriteConflict(error) && attempt < MAX_ATTEMPTS) {
        await conflictBackoff(attempt);
        continue;
      }
      throw error;
    }
  }
}
