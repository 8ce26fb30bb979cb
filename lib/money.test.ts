import { describe, expect, it } from "vitest";
import { formatRupees } from "./money";

describe("formatRupees", () => {
  it.each([
    [0, "Rs 0"],
    [45_000, "Rs 450"],
    [12_345_600, "Rs 1,23,456"],
    [1_000_000_000, "Rs 1,00,00,000"],
    [12_350, "Rs 123.50"],
    [12_305, "Rs 123.05"],
    [-50_000, "-Rs 500"],
  ])("%i paise is %s", (paise, text) => expect(formatRupees(paise)).toBe(text));

  it("refuses fractions of a paisa", () => expect(() => formatRupees(1.5)).toThrow());
});
