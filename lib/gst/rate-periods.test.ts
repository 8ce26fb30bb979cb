import { describe, expect, it } from "vitest";
import { periodsAround, slabsText, withPeriod } from "./rate-periods";
import { DEFAULT_GARMENT_RULE, rateBasisPointsFor, rateRuleSchema } from "./rates";

const indiaNoon = (day: string) => new Date(`${day}T12:00:00+05:30`);

describe("withPeriod", () => {
  it("keeps every earlier period, so past days keep their rates", () => {
    const rule = withPeriod(DEFAULT_GARMENT_RULE, { from: "2026-12-10", slabs: [{ rateBasisPoints: 1200 }] });
    expect(rateRuleSchema.parse(rule)).toEqual(rule);
    expect(rateBasisPointsFor(rule, 300_000, indiaNoon("2026-12-09"))).toBe(1800);
    expect(rateBasisPointsFor(rule, 300_000, indiaNoon("2026-12-10"))).toBe(1200);
    expect(rateBasisPointsFor(rule, 100, indiaNoon("2020-01-01"))).toBe(500);
  });

  it("replaces what would have applied from its date on", () => {
    const first = withPeriod(DEFAULT_GARMENT_RULE, { from: "2027-01-01", slabs: [{ rateBasisPoints: 1200 }] });
    const again = withPeriod(first, { from: "2026-12-15", slabs: [{ rateBasisPoints: 300 }] });
    expect(again.map((p) => p.from)).toEqual(["2017-07-01", "2025-09-22", "2026-12-15"]);
    expect(withPeriod(first, { from: "2027-01-01", slabs: [{ rateBasisPoints: 0 }] }).at(-1)).toEqual({ from: "2027-01-01", slabs: [{ rateBasisPoints: 0 }] });
  });
});

describe("slabsText and periodsAround", () => {
  it("says a rule the way a trader reads it", () => {
    expect(slabsText(DEFAULT_GARMENT_RULE.at(-1)!.slabs)).toBe("5% up to Rs 2,500 a piece, 18% above");
    expect(slabsText([{ rateBasisPoints: 1200 }])).toBe("12% on every price");
    expect(slabsText([{ upToPaise: 100_000, rateBasisPoints: 250 }, { upToPaise: 500_000, rateBasisPoints: 500 }, { rateBasisPoints: 1800 }])).toBe(
      "2.5% up to Rs 1,000 a piece, 5% up to Rs 5,000, 18% above",
    );
  });

  it("finds the period in force and the one set to come", () => {
    const rule = withPeriod(DEFAULT_GARMENT_RULE, { from: "2027-01-01", slabs: [{ rateBasisPoints: 1200 }] });
    expect(periodsAround(rule, "2026-12-03")).toEqual({ current: DEFAULT_GARMENT_RULE[1], next: rule[2] });
    expect(periodsAround(rule, "2027-01-01").next).toBeNull();
  });
});
