import { describe, expect, it } from "vitest";
import { rupeesInWords } from "./amount-in-words";

describe("rupeesInWords", () => {
  it.each([
    [12_345_670, "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy Paise Only"],
    [100, "Rupees One Only"],
    [0, "Rupees Zero Only"],
    [1_00_00_000_00, "Rupees One Crore Only"],
    [100_00_00_000_00, "Rupees One Hundred Crore Only"],
    [1_00_000_00_00_000_00, "Rupees One Lakh Crore Only"],
    [50_000_00, "Rupees Fifty Thousand Only"],
    [19_99_999_99, "Rupees Nineteen Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only"],
    [1, "Rupees Zero and One Paisa Only"],
    [50, "Rupees Zero and Fifty Paise Only"],
    [1_105, "Rupees Eleven and Five Paise Only"],
    [10_000, "Rupees One Hundred Only"],
    [10_100, "Rupees One Hundred One Only"],
    [2_000_00, "Rupees Two Thousand Only"],
    [1_00_000_00, "Rupees One Lakh Only"],
    [1_00_001_00, "Rupees One Lakh One Only"],
    [12_34_56_789_00, "Rupees Twelve Crore Thirty-Four Lakh Fifty-Six Thousand Seven Hundred Eighty-Nine Only"],
    [123_45_00_000_00, "Rupees One Hundred Twenty-Three Crore Forty-Five Lakh Only"],
    [9_990, "Rupees Ninety-Nine and Ninety Paise Only"],
  ])("%i paise is %s", (paise, words) => expect(rupeesInWords(paise)).toBe(words));

  it.each([[-100], [1.5], [Number.NaN], [Number.MAX_SAFE_INTEGER + 1]])("refuses %s", (paise) => {
    expect(() => rupeesInWords(paise)).toThrow();
  });

  it("handles the largest safe amount", () => {
    expect(rupeesInWords(Number.MAX_SAFE_INTEGER)).toMatch(/^Rupees .+ Crore .+ and Ninety-One Paise Only$/);
  });
});
