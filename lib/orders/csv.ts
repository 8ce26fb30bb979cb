// CSV for spreadsheets, per RFC 4180: CRLF line ends, and a field is quoted when it holds a
// comma, a quote or a line break (quotes doubled inside).
//
// Buyer names, titles and LR numbers are typed by people, and a spreadsheet runs a cell that
// starts with = + - @ (or a tab or CR before them) as a formula: "=HYPERLINK(...)" in a buyer's
// name must not become a link in the owner's Excel. Such text gets a leading apostrophe, which
// spreadsheets show as plain text (OWASP "CSV injection").
import { IST_OFFSET_MS } from "./order-filters";

export type CsvValue = string | number | null | undefined;

/** Excel reads a file without it as ANSI and garbles names written in Devanagari or with "₹". */
export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field. Numbers are written as they are (they are ours); text is defused, then quoted if needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** 812345 paise -> "8123.45": plain digits a spreadsheet reads as a number (no grouping, no "Rs"). */
export function csvRupees(paise: number): string {
  const sign = paise < 0 ? "-" : "";
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "2026-10-31 14:05" in India time (fixed +05:30, so plain arithmetic is exact and fast). */
export function csvIstDateTime(date: Date): string {
  return new Date(date.getTime() + IST_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** 812345 paise -> 8123.45 as a number: a balance below zero ("-300") must stay a number to a
 * spreadsheet, and csvCell defuses text that starts with "-". */
export function csvAmount(paise: number): number {
  if (!Number.isInteger(paise)) throw new Error(`Money must be integer paise, got ${paise}`);
  return paise / 100;
}
