import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeInvoiceTotals, type InvoiceLineInput } from "./invoice-math";

const line = (pieces: number, pricePerPiecePaise: number, rateBasisPoints: number): InvoiceLineInput => ({
  pieces,
  pricePerPiecePaise,
  rateBasisPoints,
});

describe("computeInvoiceTotals, worked by hand", () => {
  // 10 × Rs 450.00 at 5%:     taxable 4,500.00; tax 225.00 (CGST 112.50 + SGST 112.50)
  // 6 × Rs 2,999.00 at 18%:   taxable 17,994.00; tax 3,238.92 (1,619.46 + 1,619.46)
  // 7 × Rs 123.45 at 5%:      taxable 864.15; tax 43.2075 → IGST 43.21, or CGST = SGST = 21.60375 → 21.60
  const lines = [line(10, 45_000, 500), line(6, 299_900, 1800), line(7, 12_345, 500)];

  it("within a state", () => {
    const totals = computeInvoiceTotals(lines, false);
    expect(totals.lines).toEqual([
      { taxablePaise: 450_000, rateBasisPoints: 500, cgstPaise: 11_250, sgstPaise: 11_250, igstPaise: 0 },
      { taxablePaise: 1_799_400, rateBasisPoints: 1800, cgstPaise: 161_946, sgstPaise: 161_946, igstPaise: 0 },
      { taxablePaise: 86_415, rateBasisPoints: 500, cgstPaise: 2_160, sgstPaise: 2_160, igstPaise: 0 },
    ]);
    // 23,358.15 + 1,753.56 + 1,753.56 = 26,865.27 → 26,865.00
    expect(totals).toMatchObject({
      taxablePaise: 2_335_815,
      cgstPaise: 175_356,
      sgstPaise: 175_356,
      igstPaise: 0,
      taxPaise: 350_712,
      roundOffPaise: -27,
      totalPaise: 2_686_500,
    });
  });

  it("between states", () => {
    const totals = computeInvoiceTotals(lines, true);
    expect(totals.lines.map((taxed) => taxed.igstPaise)).toEqual([22_500, 323_892, 4_321]);
    // 23,358.15 + 3,507.13 = 26,865.28 → 26,865.00
    expect(totals).toMatchObject({
      taxablePaise: 2_335_815,
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 350_713,
      taxPaise: 350_713,
      roundOffPaise: -28,
      totalPaise: 2_686_500,
    });
  });

  it("rounds tax half up, each half of CGST + SGST on its own", () => {
    // 10 paise at 10% is 1 paisa of IGST, or half a paisa each of CGST and SGST → 1 each.
    expect(computeInvoiceTotals([line(1, 10, 1000)], true).igstPaise).toBe(1);
    expect(computeInvoiceTotals([line(1, 10, 1000)], false)).toMatchObject({ cgstPaise: 1, sgstPaise: 1 });
    // 10 paise at 5% is half a paisa of IGST → 1, a quarter each of CGST and SGST → 0.
    expect(computeInvoiceTotals([line(1, 10, 500)], true).igstPaise).toBe(1);
    expect(computeInvoiceTotals([line(1, 10, 500)], false)).toMatchObject({ cgstPaise: 0, sgstPaise: 0 });
    // Just under a half rounds down: 9 paise at 5% = 0.45.
    expect(computeInvoiceTotals([line(1, 9, 500)], true).igstPaise).toBe(0);
  });

  it.each([
    [100, 0, 100],
    [149, -49, 100],
    [150, 50, 200],
    [199, 1, 200],
    [101, -1, 100],
  ])("rounds a total of %i paise by %i to %i", (pricePaise, roundOffPaise, totalPaise) => {
    const totals = computeInvoiceTotals([line(1, pricePaise, 0)], false);
    expect(totals.roundOffPaise).toBe(roundOffPaise);
    expect(totals.totalPaise).toBe(totalPaise);
  });

  it("gives a round-off of 0, not -0, for a whole total", () => {
    expect(Object.is(computeInvoiceTotals([line(2, 500, 0)], false).roundOffPaise, 0)).toBe(true);
  });

  it("adds up to zero for no lines", () => {
    expect(computeInvoiceTotals([], false)).toEqual({
      lines: [],
      taxablePaise: 0,
      cgstPaise: 0,
      sgstPaise: 0,
      igstPaise: 0,
      taxPaise: 0,
      roundOffPaise: 0,
      totalPaise: 0,
    });
  });

  it.each<[string, InvoiceLineInput]>([
    ["fractional pieces", line(1.5, 100, 500)],
    ["negative pieces", line(-1, 100, 500)],
    ["fractional paise", line(1, 100.5, 500)],
    ["a negative price", line(1, -100, 500)],
    ["a fractional rate", line(1, 100, 500.5)],
    ["a rate over 100%", line(1, 100, 10_001)],
    ["a taxable value beyond safe integers", line(1_000_000_000, 10_000_000, 500)],
    ["a tax product beyond safe integers", line(1_000_000, 1_000_000_000, 1800)],
  ])("refuses %s", (_, input) => expect(() => computeInvoiceTotals([input], false)).toThrow());

  it("refuses a total beyond safe integers", () => {
    const big = line(1, 4_000_000_000_000_000, 0);
    expect(() => computeInvoiceTotals([big, big, big], true)).toThrow();
  });
});

describe("computeInvoiceTotals (properties)", () => {
  const lineInput = fc.record({
    pieces: fc.integer({ min: 1, max: 10_000 }),
    pricePerPiecePaise: fc.integer({ min: 1, max: 1_000_000 }),
    rateBasisPoints: fc.constantFrom(0, 250, 500, 1200, 1800, 2800),
  });
  const invoiceLines = fc.array(lineInput, { minLength: 1, maxLength: 40 });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  it("adds up, rounds to a rupee, and keeps the round-off within -49..+50 paise", () => {
    fc.assert(
      fc.property(invoiceLines, fc.boolean(), (lines, interState) => {
        const totals = computeInvoiceTotals(lines, interState);
        const lineTaxes = sum(totals.lines.map((taxed) => taxed.cgstPaise + taxed.sgstPaise + taxed.igstPaise));
        expect(totals.taxablePaise).toBe(sum(totals.lines.map((taxed) => taxed.taxablePaise)));
        expect(totals.taxPaise).toBe(lineTaxes);
        expect(totals.taxPaise).toBe(totals.cgstPaise + totals.sgstPaise + totals.igstPaise);
        expect(totals.totalPaise).toBe(totals.taxablePaise + lineTaxes + totals.roundOffPaise);
        expect(totals.totalPaise % 100).toBe(0);
        expect(totals.roundOffPaise).toBeGreaterThanOrEqual(-49);
        expect(totals.roundOffPaise).toBeLessThanOrEqual(50);
        totals.lines.forEach((taxed, index) => {
          const input = lines[index]!;
          expect(taxed.taxablePaise).toBe(input.pieces * input.pricePerPiecePaise);
          expect(taxed.rateBasisPoints).toBe(input.rateBasisPoints);
        });
      }),
    );
  });

  it("within a state, CGST equals SGST on every line and there is no IGST", () => {
    fc.assert(
      fc.property(invoiceLines, (lines) => {
        for (const taxed of computeInvoiceTotals(lines, false).lines) {
          expect(taxed.cgstPaise).toBe(taxed.sgstPaise);
          expect(taxed.igstPaise).toBe(0);
        }
      }),
    );
  });

  it("between states there is only IGST, within 1 paisa of the line's CGST + SGST", () => {
    fc.assert(
      fc.property(invoiceLines, (lines) => {
        const within = computeInvoiceTotals(lines, false).lines;
        computeInvoiceTotals(lines, true).lines.forEach((taxed, index) => {
          const intra = within[index]!;
          expect(taxed.cgstPaise).toBe(0);
          expect(taxed.sgstPaise).toBe(0);
          expect(Math.abs(taxed.igstPaise - (intra.cgstPaise + intra.sgstPaise))).toBeLessThanOrEqual(1);
        });
      }),
    );
  });

  it("each tax is the exact tax rounded half up: never more than half a paisa off", () => {
    fc.assert(
      fc.property(invoiceLines, fc.boolean(), (lines, interState) => {
        for (const taxed of computeInvoiceTotals(lines, interState).lines) {
          // Compared in BigInt, scaled by 20,000, so nothing here is rounded.
          const exactTax = BigInt(taxed.taxablePaise) * BigInt(taxed.rateBasisPoints) * 2n; // tax × 20,000
          const heads: [number, bigint][] = interState
            ? [[taxed.igstPaise, exactTax]]
            : [[taxed.cgstPaise, exactTax / 2n], [taxed.sgstPaise, exactTax / 2n]];
          for (const [charged, exact] of heads) {
            const chargedScaled = BigInt(charged) * 20_000n;
            // Never more than the exact tax + half a paisa (so well within the 1 paisa allowed)…
            expect(chargedScaled <= exact + 10_000n).toBe(true);
            // …and never less than the exact tax - half a paisa.
            expect(chargedScaled > exact - 10_000n).toBe(true);
          }
        }
      }),
    );
  });
});
