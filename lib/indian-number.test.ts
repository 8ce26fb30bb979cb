import { describe, expect, it } from "vitest";
import { groupIndian } from "./indian-number";

describe("groupIndian", () => {
  const intl = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 });
  it("writes what Intl's en-IN writes, for every length of number", () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 99_999, 1_00_000, 12_34_567, 1_00_00_000, 98_76_54_32_101, Number.MAX_SAFE_INTEGER];
    for (let digits = 1; digits <= 15; digits++) values.push(Number("7".repeat(digits)), 10 ** (digits - 1));
    for (const value of values) {
      expect(groupIndian(value)).toBe(intl.format(value));
      expect(groupIndian(-value)).toBe(value === 0 ? "0" : intl.format(-value));
    }
  });
  it("refuses what is not a whole number", () => {
    expect(() => groupIndian(1.5)).toThrow();
    expect(() => groupIndian(Number.NaN)).toThrow();
  });
});
