import { describe, expect, it } from "vitest";
import { DEFAULT_GARMENT_RULE, rateBasisPointsFor, rateRuleSchema, type RateRule } from "./rates";

// Noon in India on a date, so these tests are about the rule, not the time zone.
const indiaNoon = (day: string) => new Date(`${day}T12:00:00+05:30`);
const rate = (pricePaise: number, on: Date) => rateBasisPointsFor(DEFAULT_GARMENT_RULE, pricePaise, on);

describe("rateBasisPointsFor with the garment rule", () => {
  it("is 5% up to and including Rs 2,500 a piece from 22 Sep 2025, 18% above", () => {
    expect(rate(250_000, indiaNoon("2025-10-01"))).toBe(500);
    expect(rate(250_001, indiaNoon("2025-10-01"))).toBe(1800);
    expect(rate(1, indiaNoon("2025-10-01"))).toBe(500);
  });

  it("was 5% up to and including Rs 1,000 a piece before, 12% above", () => {
    expect(rate(100_000, indiaNoon("2017-07-01"))).toBe(500);
    expect(rate(100_001, indiaNoon("2024-03-15"))).toBe(1200);
  });

  it("changes on 22 Sep 2025", () => {
    expect(rate(150_000, indiaNoon("2025-09-21"))).toBe(1200);
    expect(rate(150_000, indiaNoon("2025-09-22"))).toBe(500);
  });

  it("uses the date in India, not in UTC", () => {
    // 19:00 UTC on 21 Sep is 00:30 on 22 Sep in India.
    expect(rate(150_000, new Date("2025-09-21T19:00:00Z"))).toBe(500);
    // 18:29:59 UTC is still 21 Sep 23:59:59 in India; 18:30:00 is midnight.
    expect(rate(150_000, new Date("2025-09-21T18:29:59Z"))).toBe(1200);
    expect(rate(150_000, new Date("2025-09-21T18:30:00Z"))).toBe(500);
  });

  it("refuses a date before the first period", () => {
    expect(() => rate(100_000, new Date("2017-06-30T18:29:59Z"))).toThrow();
    expect(rate(100_000, new Date("2017-06-30T18:30:00Z"))).toBe(500);
  });

  it("refuses a price that is not integer paise, and an invalid date", () => {
    expect(() => rate(1.5, indiaNoon("2025-10-01"))).toThrow();
    expect(() => rate(-1, indiaNoon("2025-10-01"))).toThrow();
    expect(() => rate(100, new Date("not a date"))).toThrow();
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(DEFAULT_GARMENT_RULE)).toBe(true);
    expect(Object.isFrozen(DEFAULT_GARMENT_RULE[0]?.slabs[0])).toBe(true);
  });
});

describe("rateRuleSchema", () => {
  const valid: RateRule = [{ from: "2020-01-01", slabs: [{ upToPaise: 100, rateBasisPoints: 500 }, { rateBasisPoints: 1200 }] }];
  const problems = (rule: unknown) => rateRuleSchema.safeParse(rule).error?.issues.map((issue) => issue.message) ?? [];

  it("accepts a good rule, and a flat rate", () => {
    expect(problems(valid)).toEqual([]);
    expect(problems([{ from: "2020-01-01", slabs: [{ rateBasisPoints: 0 }] }])).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ["no periods", [], "A rate rule needs at least one period."],
    ["no slabs", [{ from: "2020-01-01", slabs: [] }], "A period needs at least one slab."],
    ["a bad date", [{ from: "2020-02-30", slabs: [{ rateBasisPoints: 500 }] }], "A period starts on a date written YYYY-MM-DD."],
    ["a limit on the last slab", [{ from: "2020-01-01", slabs: [{ upToPaise: 100, rateBasisPoints: 500 }] }], "The last slab has no upper limit, so every price has a rate."],
    ["no limit on an earlier slab", [{ from: "2020-01-01", slabs: [{ rateBasisPoints: 500 }, { rateBasisPoints: 1200 }] }], "Only the last slab can be without an upper limit."],
    [
      "limits out of order",
      [{ from: "2020-01-01", slabs: [{ upToPaise: 200, rateBasisPoints: 500 }, { upToPaise: 100, rateBasisPoints: 1200 }, { rateBasisPoints: 1800 }] }],
      "Slabs go from the lowest price limit to the highest.",
    ],
    [
      "periods out of order",
      [
        { from: "2021-01-01", slabs: [{ rateBasisPoints: 500 }] },
        { from: "2020-01-01", slabs: [{ rateBasisPoints: 500 }] },
      ],
      "Periods go from the earliest start date to the latest, each on a different day.",
    ],
  ])("refuses %s", (_, rule, message) => expect(problems(rule)).toContain(message));

  it.each([[-1], [10_001], [12.5]])("refuses a rate of %s basis points", (rateBasisPoints) => {
    expect(problems([{ from: "2020-01-01", slabs: [{ rateBasisPoints }] }])).not.toEqual([]);
  });
});
