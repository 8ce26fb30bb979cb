// Invoice numbering. GST wants tax invoice numbers consecutive and unique within a financial
// year (April to March), at most 16 characters of letters, digits, "/" and "-" (CGST Rules,
// rule 46). Chatalog writes them PREFIX/YY-YY/SERIAL, e.g. SSH/25-26/0042, and restarts the
// serial each financial year.
import { z } from "zod";
import { indiaWallClock } from "./india-time";

const PREFIX_MESSAGE = "Use 1 to 5 letters or digits for the invoice prefix, like SSH.";

/** The financial year in India time, written "25-26" for 1 Apr 2025 .. 31 Mar 2026. India time
 * because an invoice issued at 00:10 on 1 April in India is in the new year, though it is still
 * 31 March in UTC. */
export function financialYearOf(date: Date): string {
  const india = indiaWallClock(date);
  const startYear = india.getUTCMonth() >= 3 ? india.getUTCFullYear() : india.getUTCFullYear() - 1;
  const twoDigits = (year: number) => String(year % 100).padStart(2, "0");
  return `${twoDigits(startYear)}-${twoDigits(startYear + 1)}`;
}

export const invoicePrefixSchema = z
  .string({ error: PREFIX_MESSAGE })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,5}$/, PREFIX_MESSAGE);

/** "SSH", "25-26", 42 → "SSH/25-26/0042". The serial has at least 4 digits so numbers line up
 * and sort in a list; it grows past 9999 rather than wrapping. */
export function formatInvoiceNumber(prefix: string, financialYear: string, serial: number): string {
  // These come from our own records, so a bad one is a bug, not a person's typing mistake.
  if (!/^[A-Z0-9]{1,5}$/.test(prefix)) throw new Error(`Invalid invoice prefix "${prefix}"`);
  if (!/^\d{2}-\d{2}$/.test(financialYear)) throw new Error(`Invalid financial year "${financialYear}"`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new Error(`Invoice serial must be a positive integer, got ${serial}`);
  return `${prefix}/${financialYear}/${String(serial).padStart(4, "0")}`;
}

/** GST allows at most 16 characters in an invoice number. */
export const MAX_INVOICE_NUMBER_LENGTH = 16;

/** Whether this invoice number is within GST's 16 characters: with a 5-character prefix serials
 * up to 9999 fit, with a 3-character one up to 999999. Throws like formatInvoiceNumber. */
export function invoiceNumberFits(prefix: string, financialYear: string, serial: number): boolean {
  return formatInvoiceNumber(prefix, financialYear, serial).length <= MAX_INVOICE_NUMBER_LENGTH;
}
