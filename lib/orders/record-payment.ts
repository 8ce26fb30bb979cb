import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { formatRupees } from "@/lib/money";
import { idSchema, parseInput } from "@/lib/validation";
import { changeOrder, type OrderChanged } from "./order-change";
import { receivedBy } from "./order-text";
import { MAX_PAISE } from "./quantities";

/** A little slack for a phone clock that runs ahead. */
const FUTURE_SLACK_MS = 10 * 60 * 1000;

export const recordPaymentSchema = z.object({
  orderId: idSchema,
  amountPaise: z.number().int("Enter the amount in whole paise.").positive("Enter the amount received.").max(MAX_PAISE, "That amount is too large."),
  method: z.enum(["UPI", "BANK_TRANSFER", "CASH", "CHEQUE", "OTHER"], { message: "Choose how it was paid." }),
  reference: z.string().trim().max(80, "Keep the reference under 80 characters.").optional(),
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
        data: { orderId: order.id, amountPaise: data.amountPaise, method: data.method, reference, recordedById: actor.id, receivedAt },
        select: { id: true },
      });
      await tx.order.update({ where: { id: order.id }, data: { paidPaise: { increment: data.amountPaise } } });
      return { eventData: { paymentId: payment.id, amountPaise: data.amountPaise, method: data.method, reference, receivedAt: receivedAt.toISOString() } };
    },
    describe: (order) => `Order #${order.number}: payment of ${formatRupees(data.amountPaise)} received${receivedBy(data.method)}${reference ? ` (ref ${reference})` : ""}`,
  });
}
