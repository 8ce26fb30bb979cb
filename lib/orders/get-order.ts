// One order, as its page shows it: lines, payments, dispatch details and the timeline of
// events with who did what. Its buyer and the members of its business see it; anyone else gets
// the same answer as for an order that does not exist.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { orderVisibleTo } from "@/lib/auth/access";
import { photoViewSelect, toPhotoView, type PhotoView } from "@/lib/designs/design-views";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrderEventType, OrderStatus, PaymentMethod } from "@/lib/generated/sqlite/enums";
import { idSchema, parseInput } from "@/lib/validation";

export const getOrderSchema = z.object({ orderId: idSchema });

export interface OrderLineView {
  id: string;
  position: number;
  /** Null once the design has been deleted; the line keeps its snapshot. */
  designId: string | null;
  code: string;
  title: string;
  colour: string | null;
  sets: number | null;
  sizePieces: Record<string, number> | null;
  pieces: number;
  pricePerPiecePaise: number;
  totalPaise: number;
}

export interface PaymentView {
  id: string;
  amountPaise: number;
  method: PaymentMethod;
  reference: string | null;
  receivedAt: Date;
  recordedByName: string;
}

export interface TimelineEntry {
  id: string;
  type: OrderEventType;
  at: Date;
  /** Null when the person was deleted or for events the system made. */
  actorName: string | null;
  /** What changed (reason, payment, dispatch details, quantities before/after). */
  data: Record<string, unknown> | null;
}

export interface OrderView {
  id: string;
  number: number;
  status: OrderStatus;
  currency: string;
  totalPaise: number;
  totalPieces: number;
  paidPaise: number;
  /** The invoice's total once invoiced (GST included); null before. */
  billedPaise: number | null;
  createdAt: Date;
  updatedAt: Date;
  business: { id: string; name: string };
  buyer: { id: string; name: string };
  conversationId: string;
  viewerIsBuyer: boolean;
  lines: OrderLineView[];
  payments: PaymentView[];
  /** Null until the order is dispatched. */
  dispatch: { transporter: string | null; lrNumber: string | null; parcels: number | null; ewayBillNumber: string | null; lrPhotoId: string | null; lrPhoto: PhotoView | null } | null;
  /** Oldest first. */
  timeline: TimelineEntry[];
  /** The tax invoice's number, once one is made (lib/invoices). */
  invoiceNumber: string | null;
}

const sizePiecesSchema = z.record(z.string(), z.number().int());

function asSizePieces(value: unknown): Record<string, number> | null {
  const parsed = sizePiecesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export async function getOrder(actor: Actor, input: unknown): Promise<OrderView> {
  const { orderId } = parseInput(getOrderSchema, input);
  const order = await getDb().order.findFirst({
    where: { id: orderId, ...orderVisibleTo(actor.id) },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      totalPaise: true,
      totalPieces: true,
      paidPaise: true,
      billedPaise: true,
      createdAt: true,
      updatedAt: true,
      conversationId: true,
      transporter: true,
      lrNumber: true,
      parcels: true,
      ewayBillNumber: true,
      lrPhotoId: true,
      lrPhoto: { select: photoViewSelect },
      business: { select: { id: true, name: true } },
      buyer: { select: { id: true, name: true } },
      lines: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, designId: true, code: true, title: true, colour: true, sets: true, sizePieces: true, pieces: true, pricePerPiecePaise: true, totalPaise: true },
      },
      payments: {
        orderBy: [{ receivedAt: "asc" }, { createdAt: "asc" }],
        select: { id: true, amountPaise: true, method: true, reference: true, receivedAt: true, recordedBy: { select: { name: true } } },
      },
      invoice: { select: { number: true } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, createdAt: true, data: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!order) throw notFound("That order");
  const dispatched = order.transporter !== null || order.lrNumber !== null || order.parcels !== null || order.lrPhotoId !== null;
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    currency: order.currency,
    totalPaise: order.totalPaise,
    totalPieces: order.totalPieces,
    paidPaise: order.paidPaise,
    billedPaise: order.billedPaise,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    business: order.business,
    buyer: order.buyer,
    conversationId: order.conversationId,
    viewerIsBuyer: order.buyer.id === actor.id,
    lines: order.lines.map((line) => ({ ...line, sizePieces: asSizePieces(line.sizePieces) })),
    payments: order.payments.map(({ recordedBy, ...payment }) => ({ ...payment, recordedByName: recordedBy.name })),
    dispatch: dispatched ? { transporter: order.transporter, lrNumber: order.lrNumber, parcels: order.parcels, ewayBillNumber: order.ewayBillNumber, lrPhotoId: order.lrPhotoId, lrPhoto: order.lrPhoto ? toPhotoView(order.lrPhoto) : null } : null,
    timeline: order.events.map((event) => ({ id: event.id, type: event.type, at: event.createdAt, actorName: event.actor?.name ?? null, data: asObject(event.data) })),
    invoiceNumber: order.invoice?.number ?? null,
  };
}
