// The business's UPI ID: where payment reminders ask buyers to pay (lib/ledger/payment-reminder.ts).
// Any business has one, registered for GST or not. Every member may read it (staff send
// reminders); only an owner changes it, because money goes there.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { UPI_ID_PATTERN } from "@/lib/ledger/upi-link";
import { AppError, notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";

/** name@bank, as UPI apps show it. */
export const upiIdSchema = z.string().trim().max(80, "That UPI ID is too long.").regex(UPI_ID_PATTERN, "Enter the UPI ID as your UPI app shows it, like shop@okaxis.");

export const saveUpiIdSchema = z.object({
  businessId: idSchema,
  /** Empty removes it. */
  upiId: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), upiIdSchema.nullable()),
});

export async function getUpiId(actor: Actor, businessId: string): Promise<string | null> {
  const business = await getDb().business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { upiId: true } });
  if (!business) throw notFound("That business");
  return business.upiId;
}

export async function saveUpiId(actor: Actor, input: unknown): Promise<{ upiId: string | null }> {
  const { businessId, upiId } = parseInput(saveUpiIdSchema, input);
  const db = getDb();
  const owned = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id, ["OWNER"]) }, select: { id: true } });
  if (!owned) {
    const member = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
    if (member) throw new AppError("FORBIDDEN", "Only the owner can change where payments go.");
    throw notFound("That business");
  }
  await db.business.update({ where: { id: businessId }, data: { upiId } });
  return { upiId };
}
