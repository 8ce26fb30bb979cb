import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/tests/support/order-history-factories";
import { csvAmount, csvCell, csvIstDateTime, csvRow, csvRupees } from "./csv";

/** What the rule says, written independently of csv.ts (OWASP "CSV injection"): text whose first
 * character a spreadsheet reads as the start of a formula gets an apostrophe in front. */
const FORMULA_FIRST_CHARACTERS = ["=", "+", "-", "@", "\t", "\r"];
const defused = (value: string) => (FORMULA_FIRST_CHARACTERS.some((first) => value.startsWith(first)) ? `'${value}` : value);

describe("csv cells", () => {
  it("quotes only what needs quoting, doubling quotes inside", () => {
    expect(csvCell("Meena Fashions")).toBe("Meena Fashions");
    expect(csvCell("Surat, Gujarat")).toBe('"Surat, Gujarat"');
    expect(csvCell('The "best" kurti')).toBe('"The ""best"" kurti"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("cr\rinside")).toBe('"cr\rinside"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(18)).toBe("18");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    for (const attack of ['=HYPERLINK("http://evil","x")', "+91 98000", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      const cell = csvCell(attack);
      const [[parsed]] = parseCsv(`${cell}\r\n`) as [[string]];
      expect(parsed).toBe(`'${attack}`);
    }
    expect(csvCell("D-0142")).toBe("D-0142");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes an amount below zero as a number, which a spreadsheet adds up (text would be defused)", () => {
    expect(csvRow([csvAmount(-30_000), csvAmount(812_345), csvAmount(0)])).toBe("-300,8123.45,0\r\n");
    expect(csvCell("-300")).toBe("'-300");
  });

  it("round-trips any row through a strict RFC 4180 reader", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme-composite" }), { minLength: 1, maxLength: 6 }), (values) => {
        const [parsed] = parseCsv(csvRow(values));
        expect(parsed).toEqual(values.map(defused));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", ",", '"', "\r", "\n", "=", "-", " ") }), { minLength: 1, maxLength: 6 }), (values) => {
        const [parsed] = parseCsv(csvRow(values));
        expect(parsed).toEqual(values.map(defused));
      }),
    );
  });
});

describe("csv numbers and dates", () => {
  it("writes rupees with two decimals from integer paise", () => {
    expect(csvRupees(0)).toBe("0.00");
    expect(csvRupees(5)).toBe("0.05");
    expect(csvRupees(810_000)).toBe("8100.00");
    expect(csvRupees(12_345_678)).toBe("123456.78");
  });

  it("writes dates in India time", () => {
    expect(csvIstDateTime(new Date("2026-10-31T18:29:00Z"))).toBe("2026-10-31 23:59");
    expect(csvIstDateTime(new Date("2026-10-31T18:30:00Z"))).toBe("2026-11-01 00:00");
  });
});
