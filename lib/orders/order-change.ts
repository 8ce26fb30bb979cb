// The steps every order lifecycle service shares: load the order as the actor may see it, check
// the transition table, then in one transaction move the status with a guard on the status that
// was seen (so of two concurrent moves exactly one wins), run the service's own writes, record
// an OrderEvent and post a system line into the conversation; after commit, tell everyone.
import type { Actor } from "@/lib/auth/actor";
import { orderVisibleTo } from "@/lib/auth/access";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { OrderEventType, OrderStatus } from "@/lib/generated/sqlite/enums";
import type { SystemLineText } from "@/lib/i18n/system-line";
import { appendSystemLine } from "@/lib/messages/append-message";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { recordOrderUpdated } from "@/lib/realtime/record-order-updated";
import { decideTransition, type OrderAction, type OrderRole } from "./order-transitions";
import { conflictBackoff, isWriteConflict } from "./write-conflict";

const orderForChangeSelect = {
  id: true,
  number: true,
  status: true,
  businessId: true,
  conversationId: true,
  buyerId: true,
  totalPaise: true,
  totalPieces: true,
  paidPaise: true,
} as const;

export interface OrderForChange {
  id: string;
  number: number;
  status: OrderStatus;
  businessId: string;
  conversationId: string;
  buyerId: string;
  totalPaise: number;
  totalPieces: number;
  paidPaise: number;
}

export interface ChangeContext {
  tx: Tx;
  /** As seen before the transaction; the status is now held by the guard. */
  order: OrderForChange;
  actor: Actor;
  role: OrderRole;
}

export interface Applied {
  /** Stored on the OrderEvent (reason, payment, dispatch details, before/after). */
  eventData?: Record<string, unknown>;
}

export interface ChangeSpec<A extends Applied> {
  orderId: string;
  action: OrderAction;
  /** The service's own writes, inside the transaction, after the status guard. */
  apply?: (ctx: ChangeContext) => Promise<A>;
  /** The system line, e.g. "Order #1001 accepted by Priya" (lib/i18n/system-line.ts). */
  describe: (order: OrderForChange, applied: A | undefined) => SystemLineText;
}

export interface OrderChanged {
  orderId: string;
  number: number;
  status: OrderStatus;
  eventId: string;
  eventType: OrderEventType;
  /** The system line in the conversation. */
  messageId: string;
}

const MAX_ATTEMPTS = 3;

/** Rolls the transaction back when the status moved after we looked; we look again. */
class StatusMoved extends Error {}

async function loadOrder(actor: Actor, orderId: string): Promise<{ order: OrderForChange; role: OrderRole }> {
  const row = await getDb().order.findFirst({
    where: { id: orderId, ...orderVisibleTo(actor.id) },
    select: { ...orderForChangeSelect, business: { select: { members: { where: { userId: actor.id }, select: { role: true } } } } },
  });
  if (!row) throw notFound("That order");
  const { business, ...order } = row;
  return { order, role: business.members.length > 0 ? "MEMBER" : "BUYER" };
}

export async function changeOrder<A extends Applied>(actor: Actor, spec: ChangeSpec<A>): Promise<OrderChanged> {
  for (let attempt = 1; ; attempt++) {
    const { order, role } = await loadOrder(actor, spec.orderId);
    const decision = decideTransition(order, spec.action, role);
    if (!decision.allowed) throw new AppError(decision.code, decision.message);
    try {
      const changed = await getDb().$transaction(async (tx) => {
        // Also the row lock that queues concurrent changes of this order on PostgreSQL.
        const { count } = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { status: decision.to } });
        if (count !== 1) throw new StatusMoved();
        const applied = spec.apply ? await spec.apply({ tx, order, actor, role }) : undefined;
        const event = await tx.orderEvent.create({
          data: { orderId: order.id, actorId: actor.id, type: decision.event, data: { from: order.status, to: decision.to, ...applied?.eventData } },
          select: { id: true, type: true },
        });
        const said = spec.describe(order, applied);
        const line = await appendSystemLine(tx, { conversationId: order.conversationId, said, clientId: `order-event-${event.id}`, orderId: order.id, meta: { orderEvent: event.type } });
        const announceLine = await recordMessagePosted(tx, order.conversationId, { id: line.id, seq: line.seq, authorId: null, actorId: actor.id });
        const announceOrder = await recordOrderUpdated(tx, order.id);
        return { event, line, announce: () => Promise.all([announceLine(), announceOrder()]) };
      });
      await changed.announce();
      return { orderId: order.id, number: order.number, status: decision.to, eventId: changed.event.id, eventType: changed.event.type, messageId: changed.line.id };
    } catch (error) {
      const retry = error instanceof StatusMoved || isWriteConflict(error);
      if (!retry) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new AppError("CONFLICT", `Order #${order.number} was just changed by someone else. Refresh and try again.`, { key: "orderChangedMeanwhile", values: { number: String(order.number) } });
      if (!(error instanceof StatusMoved)) await conflictBackoff(attempt);
    }
  }
}
