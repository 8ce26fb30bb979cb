// A credit limit per buyer: what the supplier lets them owe. It does not stop an order; accepting
// one that takes the buyer above it asks the supplier first ("Accept anyway"), because a trader
// decides case by case, but should not find out afterwards. The owner sets it (it is the
// business's risk); the team sees it on the buyer's statement.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { readRupees } from "@/lib/money-input";
import { formatRupees } from "@/lib/money";
import { MAX_PAISE } from "@/lib/orders/quantities";
import { idSchema, parseInput } from "@/lib/validation";
import { ABOVE_CREDIT_LIMIT } from "./credit-field";
import { closingFromOrders } from "./statement-math";

export const setCreditLimitSchema = z.object({
  conversationId: idSchema,
  /** Rupees as typed; empty removes the limit. */
  limit: z
    .string()
    .trim()
    .max(20, "That amount is too large.")
    .transform((text, context) => {
      if (!text) return null;
      const reading = readRupees(text);
      if (!reading.ok) {
        context.addIssue({ code: "custom", message: reading.message });
        return z.NEVER;
      }
      if (reading.paise > MAX_PAISE) {
        context.addIssue({ code: "custom", message: "That amount is too large." });
        return z.NEVER;
      }
      return reading.paise;
    }),
});

export async function setCreditLimit(actor: Actor, input: unknown): Promise<{ creditLimitPaise: number | null }> {
  const { conversationId, limit } = parseInput(setCreditLimitSchema, input);
  const db = getDb();
  const owned = await db.conversation.findFirst({ where: { id: conversationId, business: businessOfMember(actor.id, ["OWNER"]) }, select: { id: true } });
  if (!owned) {
    const member = await db.conversation.findFirst({ where: { id: conversationId, business: businessOfMember(actor.id) }, select: { id: true } });
    if (member) throw new AppError("FORBIDDEN", "Only the owner sets credit limits.");
    throw notFound("That conversation");
  }
  await db.conversation.update({ where: { id: conversationId }, data: { creditLimitPaise: limit } });
  return { creditLimitPaise: limit };
}

/** Inside the accept's transaction: refuses when the order takes the buyer above their limit,
 * unless the supplier has seen that and accepts anyway. What is owed is the statement's closing
 * balance (owing orders at their invoice or order total, less every payment). */
export async function checkCreditLimit(tx: Tx, order: { id: string; conversationId: string; totalPaise: number; paidPaise: number }, acceptAnyway: boolean): Promise<void> {
  if (acceptAnyway) return;
  const where = { id: order.conversationId };
  const { creditLimitPaise } = await tx.conversation.findUniqueOrThrow({ where, select: { creditLimitPaise: true } });
  if (creditLimitPaise === null) return;
  // Two accepts for one buyer at once: each holds only its own order's row, and on PostgreSQL
  // neither would see the other's acceptance. A no-op write takes the conversation's row lock, so
  // they count one after the other (SQLite runs writers one at a time anyway).
  const conversation = await tx.conversation.update({ where, data: { creditLimitPaise: { increment: 0 } }, select: { creditLimitPaise: true, buyer: { select: { name: true } } } });
  const limit = conversation.creditLimitPaise;
  if (limit === null) return;
  // The buyer's other orders as the statement counts them, and what was paid ahead on this one.
  const others = await tx.order.findMany({
    where: { conversationId: order.conversationId, id: { not: order.id } },
    select: { status: true, totalPaise: true, billedPaise: true, paidPaise: true },
  });
  const owed = closingFromOrders(others) - order.paidPaise;
  const after = owed + order.totalPaise;
  if (after <= limit) return;
  const message = `${conversation.buyer.name} owes ${formatRupees(Math.max(0, owed))}; with this order it is ${formatRupees(after)}, above their credit limit of ${formatRupees(limit)}.`;
  throw new AppError("CONFLICT", message, { fields: { [ABOVE_CREDIT_LIMIT]: message } });
}
