// A business's own GST rate (lib/gst/rates.ts), for a supplier whose goods are not taxed as
// readymade garments, or when the rates change before the app's data does. A new rate starts on a
// day, today or later: what invoices already printed, and the record of earlier days, stay. The
// owner changes it; every member sees it on the GST details page.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { AppError, notFound } from "@/lib/errors";
import { indiaDate } from "@/lib/gst/india-time";
import { periodsAround, slabsText, withPeriod, type RatePeriod } from "@/lib/gst/rate-periods";
import { DEFAULT_GARMENT_RULE, rateRuleSchema, type RateRule } from "@/lib/gst/rates";
import { readRupees } from "@/lib/money-input";
import { idSchema, parseIdInput, parseInput } from "@/lib/validation";

const percent = z
  .string()
  .trim()
  .regex(/^(100|\d{1,2}(\.\d{1,2})?)$/, "Enter the rate in percent, like 5 or 2.5.")
  .transform((text) => Math.round(Number(text) * 100));

export const setRatePeriodSchema = z
  .object({
    businessId: idSchema,
    from: z.iso.date("Enter the date the rate starts."),
    /** One rate for every price, or a lower rate up to a price per piece and a higher one above. */
    oneRate: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    rate: percent,
    upToRupees: z.string().trim().max(20).optional(),
    aboveRate: z.string().trim().max(10).optional(),
  })
  .transform((input, context): { businessId: string; from: string; slabs: RatePeriod["slabs"] } | typeof z.NEVER => {
    if (input.oneRate) return { businessId: input.businessId, from: input.from, slabs: [{ rateBasisPoints: input.rate }] };
    const limit = readRupees(input.upToRupees ?? "");
    if (!input.upToRupees || !limit.ok || limit.paise <= 0) {
      context.addIssue({ code: "custom", path: ["upToRupees"], message: "Enter the price per piece up to which the first rate applies, like 2500." });
      return z.NEVER;
    }
    const above = percent.safeParse(input.aboveRate ?? "");
    if (!above.success) {
      context.addIssue({ code: "custom", path: ["aboveRate"], message: "Enter the rate above that price, like 18." });
      return z.NEVER;
    }
    return { businessId: input.businessId, from: input.from, slabs: [{ upToPaise: limit.paise, rateBasisPoints: input.rate }, { rateBasisPoints: above.data }] };
  });

export interface RateRuleView {
  /** True while the business uses the app's garment rule. */
  garmentRule: boolean;
  /** `text` is the English sentence (tests, logs); screens say `slabs` in the reader's language. */
  current: { from: string; text: string; slabs: RatePeriod["slabs"] } | null;
  next: { from: string; text: string; slabs: RatePeriod["slabs"] } | null;
}

function view(rule: RateRule, garmentRule: boolean, today: string): RateRuleView {
  const { current, next } = periodsAround(rule, today);
  const said = (period: RatePeriod | null) => (period ? { from: period.from, text: slabsText(period.slabs), slabs: period.slabs } : null);
  return { garmentRule, current: said(current), next: said(next) };
}

export async function getRateRule(actor: Actor, businessId: string, now = new Date()): Promise<RateRuleView | null> {
  const business = await getDb().business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { gstProfile: { select: { rateRule: true } } } });
  if (!business) throw notFound("That business");
  if (!business.gstProfile) return null;
  const stored = business.gstProfile.rateRule;
  return view(stored ? rateRuleSchema.parse(stored) : DEFAULT_GARMENT_RULE, !stored, indiaDate(now));
}

/** The owner's business with GST details, or the reason it cannot be changed. */
async function ownedProfile(actor: Actor, businessId: string) {
  const db = getDb();
  const owned = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id, ["OWNER"]) }, select: { gstProfile: { select: { rateRule: true } } } });
  if (!owned) {
    const member = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
    if (member) throw new AppError("FORBIDDEN", "Only the owner can change the GST rate.");
    throw notFound("That business");
  }
  if (!owned.gstProfile) throw new AppError("INVALID", "Fill in the GST details first.");
  return owned.gstProfile;
}

export async function setRatePeriod(actor: Actor, input: unknown, now = new Date()): Promise<RateRuleView> {
  const { businessId, from, slabs } = parseInput(setRatePeriodSchema, input);
  const today = indiaDate(now);
  if (from < today) throw new AppError("INVALID", "A new rate starts today or later: invoices already made keep theirs.", { fields: { from: "Choose today or a later day." } });
  const profile = await ownedProfile(actor, businessId);
  const current = profile.rateRule ? rateRuleSchema.parse(profile.rateRule) : DEFAULT_GARMENT_RULE;
  const rule = rateRuleSchema.parse(withPeriod(current, { from, slabs }));
  await getDb().businessGstProfile.update({ where: { businessId }, data: { rateRule: rule } });
  return view(rule, false, today);
}

/** Back to the app's garment rule (its rates for every day, past and to come). */
export async function garmentRuleAgain(actor: Actor, input: unknown, now = new Date()): Promise<RateRuleView> {
  const { businessId } = parseIdInput("businessId", input);
  await ownedProfile(actor, businessId);
  await getDb().businessGstProfile.update({ where: { businessId }, data: { rateRule: Prisma.DbNull } });
  return view(DEFAULT_GARMENT_RULE, true, indiaDate(now));
}
