// Changing a business's GST rate without rewriting its past: a new period starts on a date and
// replaces only what would have applied from then on; earlier periods stay, so a rule always says
// what the rate was on any day (lib/gst/rates.ts). Pure.
import { formatRupees } from "@/lib/money";
import type { RateRule } from "./rates";

export type RatePeriod = RateRule[number];

/** The rule with `period` from its date on: later periods give way to it. */
export function withPeriod(rule: RateRule, period: RatePeriod): RateRule {
  return [...rule.filter((p) => p.from < period.from), period];
}

/** 500 → "5%", 250 → "2.5%". */
export function percentText(basisPoints: number): string {
  return `${basisPoints / 100}%`;
}

/** "5% up to Rs 2,500 a piece, 18% above" or "12% on every price". */
export function slabsText(slabs: RatePeriod["slabs"]): string {
  if (slabs.length === 1) return `${percentText(slabs[0]!.rateBasisPoints)} on every price`;
  return slabs
    .map((slab, index) => {
      if (slab.upToPaise === undefined) return `${percentText(slab.rateBasisPoints)} above`;
      return index === 0 ? `${percentText(slab.rateBasisPoints)} up to ${formatRupees(slab.upToPaise)} a piece` : `${percentText(slab.rateBasisPoints)} up to ${formatRupees(slab.upToPaise)}`;
    })
    .join(", ");
}

/** The period in force on `day` (YYYY-MM-DD) and the next one already set, if any. */
export function periodsAround(rule: RateRule, day: string): { current: RatePeriod | null; next: RatePeriod | null } {
  return { current: rule.findLast((p) => p.from <= day) ?? null, next: rule.find((p) => p.from > day) ?? null };
}
