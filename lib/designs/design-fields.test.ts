import { describe, expect, it } from "vitest";
import {
  coloursSchema,
  designCodeSchema,
  designSearchQuery,
  designSearchText,
  formatDesignCode,
  minimumSetsSchema,
  pricePerPiecePaiseSchema,
  readColours,
  readSetComposition,
  setCompositionSchema,
} from "./design-fields";

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("design fields", () => {
  it("numbers codes D-0001 onwards and keeps growing past 9999", () => {
    expect([1, 143, 9999, 10_000].map(formatDesignCode)).toEqual(["D-0001", "D-0143", "D-9999", "D-10000"]);
    for (const n of [1, 143, 10_000, 999_999]) expect(designCodeSchema.safeParse(formatDesignCode(n)).success).toBe(true);
  });

  it("uppercases and trims typed codes, and refuses anything but letters, digits and dashes", () => {
    expect(designCodeSchema.parse("  d-0143 ")).toBe("D-0143");
    expect(designCodeSchema.parse("fest-24-a")).toBe("FEST-24-A");
    for (const bad of ["", "D 0143", "D_0143", "D-0143!", "Ä-1", "A".repeat(21)]) {
      expect(firstMessage(designCodeSchema.safeParse(bad))).toMatch(/letters, digits and dashes/);
    }
  });

  it("takes prices as whole, non-negative, bounded paise", () => {
    expect(pricePerPiecePaiseSchema.parse(0)).toBe(0);
    expect(pricePerPiecePaiseSchema.parse(45_000)).toBe(45_000);
    expect(firstMessage(pricePerPiecePaiseSchema.safeParse(-1))).toMatch(/negative/);
    expect(firstMessage(pricePerPiecePaiseSchema.safeParse(450.5))).toMatch(/whole paise/);
    expect(firstMessage(pricePerPiecePaiseSchema.safeParse(10_000_001))).toMatch(/too high/);
    expect(pricePerPiecePaiseSchema.safeParse("450").success).toBe(false);
  });

  it("accepts a set of up to 12 distinct sizes with ratios 1 to 99", () => {
    const set = [{ size: " S ", ratio: 1 }, { size: "M", ratio: 2 }, { size: "L", ratio: 2 }, { size: "XL", ratio: 1 }];
    expect(setCompositionSchema.parse(set)[0]).toEqual({ size: "S", ratio: 1 });
    expect(setCompositionSchema.parse([])).toEqual([]);
    expect(firstMessage(setCompositionSchema.safeParse([{ size: "M", ratio: 1 }, { size: "m", ratio: 1 }]))).toMatch(/only once/);
    expect(firstMessage(setCompositionSchema.safeParse([{ size: "M", ratio: 0 }]))).toMatch(/at least 1/);
    expect(firstMessage(setCompositionSchema.safeParse([{ size: "M", ratio: 100 }]))).toMatch(/Up to 99/);
    expect(firstMessage(setCompositionSchema.safeParse([{ size: "M", ratio: 1.5 }]))).toMatch(/whole number/);
    expect(firstMessage(setCompositionSchema.safeParse(Array.from({ length: 13 }, (_, i) => ({ size: String(30 + i), ratio: 1 }))))).toMatch(/up to 12 sizes/);
  });

  it("accepts up to 12 distinct trimmed colours", () => {
    expect(coloursSchema.parse([" Red ", "Mustard"])).toEqual(["Red", "Mustard"]);
    expect(firstMessage(coloursSchema.safeParse(["Red", "red "]))).toMatch(/only once/);
    expect(firstMessage(coloursSchema.safeParse(["  "]))).toMatch(/needs a name/);
    expect(firstMessage(coloursSchema.safeParse(Array.from({ length: 13 }, (_, i) => `Colour ${i}`)))).toMatch(/Up to 12/);
  });

  it("bounds the minimum order to 1..999 sets", () => {
    expect(minimumSetsSchema.parse(1)).toBe(1);
    expect(minimumSetsSchema.parse(999)).toBe(999);
    expect(minimumSetsSchema.safeParse(0).success).toBe(false);
    expect(minimumSetsSchema.safeParse(1000).success).toBe(false);
  });

  it("builds lowercase search text from code, title and colours", () => {
    expect(designSearchText({ code: "D-0143", title: "Rani Pink Anarkali", colours: ["Gold", "Teal"] })).toBe("d-0143 rani pink anarkali gold teal");
  });

  it("keeps LIKE wildcards out of stored text and queries alike", () => {
    const stored = designSearchText({ code: "D-1", title: "50% OFF a_b\\c", colours: [] });
    expect(stored).not.toMatch(/[%_\\]/);
    for (const query of ["50%", "A_B", "b\\c"]) expect(stored.includes(designSearchQuery(query))).toBe(true);
    expect(stored.includes(designSearchQuery("d_1"))).toBe(false);
  });

  it("reads stored JSON defensively", () => {
    expect(readSetComposition([{ size: "M", ratio: 2 }])).toEqual([{ size: "M", ratio: 2 }]);
    expect(readSetComposition("garbage")).toEqual([]);
    expect(readColours(["Red"])).toEqual(["Red"]);
    expect(readColours(null)).toEqual([]);
  });
});
