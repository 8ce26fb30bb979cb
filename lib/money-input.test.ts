// Money as people type it: Indian grouping (1,23,456.50) and Western grouping (123,456.50) both
// read as the same rupees; a comma that could be a decimal comma ("450,50") is refused with a
// message, never read as Rs 45,050.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDesignForm, parseRupeesToPaise } from "@/lib/designs/parse-design-form";
import { formatRupees } from "@/lib/money";
import { csvRupees } from "@/lib/orders/csv";

const western = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe("money typed with commas", () => {
  it.each([
    ["1,23,456", 12_345_600],
    ["1,23,456.50", 12_345_650],
    ["Rs 12,34,56,789", 12_345_678_900],
    ["123,456", 12_345_600],
    ["1,234,567.5", 123_456_750],
    ["1,234", 123_400],
    ["₹ 450/-", 45_000],
    ["450", 45_000],
  ])("reads %s as %i paise", (text, paise) => expect(parseRupeesToPaise(text)).toBe(paise));

  it.each(["450,50", "450,5", "1,2345", "12,34", ",450", "450,", "1,,234", "12.345", "-5", "abc", ""])("refuses %j", (text) => {
    expect(parseRupeesToPaise(text)).toBeNull();
  });

  it("tells the supplier to use a point for paise when a comma could be one", () => {
    expect(parseDesignForm({ price: "450,50" })).toEqual({ ok: false, field: "price", key: "decimalComma", values: { suggestion: "450.50" }, message: expect.stringMatching(/450\.50/) });
  });

  it("reads back every amount the app prints (Rs 1,23,456.50, CSV 123456.50, Western 123,456.50)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (paise) => {
        expect(parseRupeesToPaise(formatRupees(paise))).toBe(paise);
        expect(parseRupeesToPaise(csvRupees(paise))).toBe(paise);
        expect(parseRupeesToPaise(western.format(paise / 100))).toBe(paise);
      }),
    );
  });
});
