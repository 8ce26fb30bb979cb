// The sums of a GST tax invoice, in integer paise with exact integer arithmetic, so the same
// lines always give the same invoice to the paisa, on the server, in the browser and in tests.
//
// Rules:
// - The taxable value of a line is pieces × price per piece.
// - Tax is worked out and rounded per line (so each printed line adds up), half up to the paisa.
// - Within a state: CGST = SGST = round(taxable × rate / 2) each, IGST = 0. Each half is rounded
//   on its own, so CGST and SGST are always equal, as they are printed side by side.
// - Between states: IGST = round(taxable × rate), CGST = SGST = 0. (It can differ by 1 paisa from
//   CGST + SGST of the same line within a state.)
// - The invoice total is rounded to the nearest rupee, 50 paise going up; the difference is the
//   round-off line, from -49 to +50 paise (a total ending in .50 is rounded up by 50 paise).
// - totalPaise = taxable + CGST + SGST + IGST + round-off, and is a whole number of rupees.
// Rates are basis points (500 = 5%). Every product and sum is checked to be a safe integer;
// beyond that an Error is thrown rather than a silently wrong amount.

export interface InvoiceLineInput {
  pieces: number;
  pricePerPiecePaise: number;
  rateBasisPoints: number;
}

export interface InvoiceLineTax {
  taxablePaise: number;
  rateBasisPoints: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
}

export interface InvoiceTotals {
  lines: InvoiceLineTax[];
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  igstPaise: number;
  taxPaise: number;
  roundOffPaise: number;
  totalPaise: number;
}

const BASIS_POINTS = 10_000;

function requireWhole(name: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, got ${value}`);
  }
}

function safe(value: number, what: string): number {
  // A product or sum beyond 2^53 - 1 rounds to a float at or above 2^53, so this also catches
  // results that have already lost precision.
  if (!Number.isSafeInteger(value)) throw new Error(`The ${what} is too large to work out exactly`);
  return value;
}

/** numerator / denominator rounded half up, for non-negative safe integers. Exact: the
 * remainder of two safe integers is exact, and (numerator - remainder) divides evenly. */
function divideRoundingHalfUp(numerator: number, denominator: number): number {
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

function lineTax(line: InvoiceLineInput, interState: boolean): InvoiceLineTax {
  requireWhole("Pieces", line.pieces);
  requireWhole("Price per piece (paise)", line.pricePerPiecePaise);
  requireWhole("Rate (basis points)", line.rateBasisPoints, BASIS_POINTS);
  const taxablePaise = safe(line.pieces * line.pricePerPiecePaise, "taxable value of a line");
  const taxTimesBasisPoints = safe(taxablePaise * line.rateBasisPoints, "tax of a line");
  if (interState) {
    const igstPaise = divideRoundingHalfUp(taxTimesBasisPoints, BASIS_POINTS);
    return { taxablePaise, rateBasisPoints: line.rateBasisPoints, cgstPaise: 0, sgstPaise: 0, igstPaise };
  }
  const halfPaise = divideRoundingHalfUp(taxTimesBasisPoints, 2 * BASIS_POINTS);
  return { taxablePaise, rateBasisPoints: line.rateBasisPoints, cgstPaise: halfPaise, sgstPaise: halfPaise, igstPaise: 0 };
}

/** The taxes, round-off and total of an invoice; interState when the supplier's and the place of
 * supply's state codes differ. */
export function computeInvoiceTotals(lines: InvoiceLineInput[], interState: boolean): InvoiceTotals {
  const taxedLines = lines.map((line) => lineTax(line, interState));
  const sum = (pick: (line: InvoiceLineTax) => number) => taxedLines.reduce((total, line) => safe(total + pick(line), "invoice total"), 0);
  const taxablePaise = sum((line) => line.taxablePaise);
  const cgstPaise = sum((line) => line.cgstPaise);
  const sgstPaise = sum((line) => line.sgstPaise);
  const igstPaise = sum((line) => line.igstPaise);
  const taxPaise = safe(cgstPaise + sgstPaise + igstPaise, "invoice total");
  const beforeRounding = safe(taxablePaise + taxPaise, "invoice total");
  const paiseOverRupee = beforeRounding % 100;
  const totalPaise = safe(beforeRounding - paiseOverRupee + (paiseOverRupee >= 50 ? 100 : 0), "invoice total");
  // Worked out by subtraction, not as -paiseOverRupee, which would give -0 for a whole total.
  const roundOffPaise = totalPaise - beforeRounding;
  return { lines: taxedLines, taxablePaise, cgstPaise, sgstPaise, igstPaise, taxPaise, roundOffPaise, totalPaise };
}
