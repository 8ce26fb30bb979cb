import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatRupees } from "@/lib/money";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { MAX_PAISE } from "./quantities";
import { systemLine } from "@/lib/i18n/system-line";

/** A little slack for a phone clock that runs ahead. */
const FUTURE_SLACK_MS = 10 * 60 * 1000;

export const recordPaymentSchema = z.object({
  orderId: idSchema,
  amountPaise: z.number().int("Enter the amount in whole paise.").positive("Enter the amount received.").max(MAX_PAISE, "That amount is too large."),
  method: z.enum(["UPI", "BANK_TRANSFER", "CASH", "CHEQUE", "OTHER"], { message: "Choose how it was paid." }),
  reference: z.string().trim().max(80, "Keep the reference under 80 characters.").optional(),
  /** Made by the app once per payment form: a double tap or a retry records one payment. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The payment id from the app is not valid.").optional(),
  /** Default: now. null or "" from a form also mean now, not 1 January 1970 (what coercing null gives). */
  receivedAt: z.preprocess(
    (value) => (value === null || value === "" ? undefined : value),
    z.coerce
      .date({ message: "Enter the date the payment was received." })
      .refine((date) => date.getTime() <= Date.now() + FUTURE_SLACK_MS, "The payment date can't be in the future.")
      .optional(),
  ),
});

/** A member records money received for an order (any open or delivered order). */
export async function recordPayment(actor: Actor, input: unknown): Promise<OrderChanged> {
  const data = parseInput(recordPaymentSchema, input);
  const reference = data.reference || null;
  const receivedAt = data.receivedAt ?? new Date();
  return changeOrder(actor, {
    orderId: data.orderId,
    action: "RECORD_PAYMENT",
    apply: async ({ tx, order }) => {
      // Read under the status guard's row lock, so concurrent payments add up.
      const { paidPaise } = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { paidPaise: true } });
      if (paidPaise + data.amountPaise > MAX_PAISE) throw new AppError("INVALID", "That payment is more than an order can record.");
      const payment = await tx.payment.create({
        data: { orderId: order.id, amountPaise: data.amountPaise, method: data.method, reference, recordedById: actor.id, receivedAt, clientId: data.clientId ?? null },
        select: { id: true },
      });
      await tx.order.update({ where: { id: order.id }, data: { paidPaise: { increment: data.amountPaise } } });
      return { eventData: { paymentId: payment.id, amountPaise: data.amountPaise, method: data.method, reference, receivedAt: receivedAt.toISOString() } };
    },
    describe: (order) =>
      reference
        ? systemLine("paymentReceivedRef", { number: order.number, amount: formatRupees(data.amountPaise), method: data.method, reference })
        : systemLine("paymentReceived", { number: order.number, amount: formatRupees(data.amountPaise), method: data.method }),
  }).catch(async (error: unknown) => {
    // The same payment again (its transaction rolled back on the unique index): answer with the first.
    if (data.clientId && isUniqueViolation(error)) {
      const first = await paymentRecorded(data.orderId, data.clientId);
      if (first) return first;
    }
    throw error;
  });
}

/** What recording a payment answered the first time: its order event and chat line. */
async function paymentRecorded(orderId: string, clientId: string): Promise<OrderChanged | null> {
  const db = getDb();
  const payment = await db.payment.findUnique({ where: { orderId_clientId: { orderId, clientId } }, select: { id: true, order: { select: { number: true, status: true } } } });
  if (!payment) return null;
  // An order has a handful of events: finding the one that names this payment in JS works the same on both providers.
  const events = await db.orderEvent.findMany({ where: { orderId, type: "PAYMENT_RECORDED" }, select: { id: true, type: true, data: true } });
  const event = events.find((e) => (e.data as { paymentId?: string } | null)?.paymentId === payment.id);
  if (!event) return null;
  const line = await db.message.findFirst({ where: { orderId, clientId: `order-event-${event.id}` }, select: { id: true } });
  return { orderId, number: payment.order.number, status: payment.order.status, eventId: event.id, eventType: event.type, messageId: line?.id ?? "" };
}
