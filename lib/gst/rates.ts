// GST rates are data, not code: the government changes them (garments went from 5%/12% to
// 5%/18% on 22 Sep 2025), and an invoice must use the rate of the day it is issued, so a rule
// keeps every period it has ever had.
//
// A rule is a list of periods, each starting on a date (India time) and holding price slabs:
// the first slab whose upToPaise is at or above the price per piece applies; the last slab has
// no limit. Rates are basis points (500 = 5%) so they stay integers.
import { z } from "zod";
import { indiaDate } from "./india-time";
import garmentRates from "./garment-rates.json";

export type RateRule = { from: string; slabs: { upToPaise?: number; rateBasisPoints: number }[] }[];

const slabSchema = z.object({
  upToPaise: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  rateBasisPoints: z.number().int().min(0).max(10_000),
});

const periodSchema = z.object({
  from: z.iso.date("A period starts on a date written YYYY-MM-DD."),
  slabs: z
    .array(slabSchema)
    .min(1, "A period needs at least one slab.")
    .superRefine((slabs, ctx) => {
      slabs.forEach((slab, index) => {
        const isLast = index === slabs.length - 1;
        if (isLast && slab.upToPaise !== undefined) {
          ctx.addIssue({ code: "custom", path: [index, "upToPaise"], message: "The last slab has no upper limit, so every price has a rate." });
        }
        if (!isLast && slab.upToPaise === undefined) {
          ctx.addIssue({ code: "custom", path: [index, "upToPaise"], message: "Only the last slab can be without an upper limit." });
        }
        const previous = slabs[index - 1]?.upToPaise;
        if (previous !== undefined && slab.upToPaise !== undefined && slab.upToPaise <= previous) {
          ctx.addIssue({ code: "custom", path: [index, "upToPaise"], message: "Slabs go from the lowest price limit to the highest." });
        }
      });
    }),
});

export const rateRuleSchema = z
  .array(periodSchema)
  .min(1, "A rate rule needs at least one period.")
  .superRefine((periods, ctx) => {
    periods.forEach((period, index) => {
      const previous = periods[index - 1];
      // YYYY-MM-DD strings sort like the dates they are.
      if (previous && period.from <= previous.from) {
        ctx.addIssue({ code: "custom", path: [index, "from"], message: "Periods go from the earliest start date to the latest, each on a different day." });
      }
    });
  });

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Readymade garments (HSN chapters 61 and 62). Frozen because it is shared by every caller. */
export const DEFAULT_GARMENT_RULE: RateRule = deepFreeze(rateRuleSchema.parse(garmentRates));

/** The GST rate, in basis points, for a piece sold at this price on this day. */
export function rateBasisPointsFor(rule: RateRule, pricePerPiecePaise: number, onDate: Date): number {
  if (!Number.isSafeInteger(pricePerPiecePaise) || pricePerPiecePaise < 0) {
    throw new Error(`Price per piece must be non-negative integer paise, got ${pricePerPiecePaise}`);
  }
  const day = indiaDate(onDate);
  const period = rule.findLast((candidate) => candidate.from <= day);
  if (!period) throw new Error(`No GST rate is known for ${day}: the rule starts on ${rule[0]?.from ?? "no date"}`);
  const slab = period.slabs.find((candidate) => candidate.upToPaise === undefined || pricePerPiecePaise <= candidate.upToPaise);
  if (!slab) throw new Error(`The GST rule for ${period.from} has no slab for ${pricePerPiecePaise} paise`);
  return slab.rateBasisPoints;
}
