import { describe, expect, it } from "vitest";
import { MAX_INVOICE_NUMBER_LENGTH, financialYearOf, formatInvoiceNumber, invoiceNumberFits, invoicePrefixSchema } from "./financial-year";

describe("financialYearOf", () => {
  it.each([
    ["2025-04-01T12:00:00+05:30", "25-26"],
    ["2025-12-31T12:00:00+05:30", "25-26"],
    ["2026-01-01T12:00:00+05:30", "25-26"],
    ["2026-03-31T12:00:00+05:30", "25-26"],
    ["2026-04-01T12:00:00+05:30", "26-27"],
    ["2000-01-15T12:00:00+05:30", "99-00"],
    ["2009-06-01T12:00:00+05:30", "09-10"],
  ])("%s is in %s", (iso, year) => expect(financialYearOf(new Date(iso))).toBe(year));

  it("turns over at midnight on 1 April in India, which is 18:30 UTC on 31 March", () => {
    expect(financialYearOf(new Date("2026-03-31T18:29:59Z"))).toBe("25-26");
    expect(financialYearOf(new Date("2026-03-31T18:29:59.999Z"))).toBe("25-26");
    expect(financialYearOf(new Date("2026-03-31T18:30:00Z"))).toBe("26-27");
  });

  it("refuses an invalid date", () => expect(() => financialYearOf(new Date("nope"))).toThrow());
});

describe("invoicePrefixSchema", () => {
  it("trims and uppercases", () => {
    expect(invoicePrefixSchema.parse(" ssh ")).toBe("SSH");
    expect(invoicePrefixSchema.parse("A1b2C")).toBe("A1B2C");
  });

  it.each([[""], ["   "], ["SHREE1"], ["S-H"], ["S H"], ["श्री"]])("refuses %j", (value) => {
    expect(invoicePrefixSchema.safeParse(value).error?.issues[0]?.message).toBe(
      "Use 1 to 5 letters or digits for the invoice prefix, like SSH.",
    );
  });
});

describe("formatInvoiceNumber", () => {
  it.each<[string, string, number, string]>([
    ["SSH", "25-26", 42, "SSH/25-26/0042"],
    ["SSH", "25-26", 1, "SSH/25-26/0001"],
    ["SSH", "25-26", 9999, "SSH/25-26/9999"],
    ["SSH", "25-26", 12345, "SSH/25-26/12345"],
    ["A", "09-10", 7, "A/09-10/0007"],
  ])("%s %s %i → %s", (prefix, year, serial, number) => expect(formatInvoiceNumber(prefix, year, serial)).toBe(number));

  it.each<[string, string, number]>([
    ["ssh", "25-26", 1],
    ["SHREE1", "25-26", 1],
    ["SSH", "2025-26", 1],
    ["SSH", "25-26", 0],
    ["SSH", "25-26", 1.5],
  ])("refuses %s %s %s", (prefix, year, serial) => expect(() => formatInvoiceNumber(prefix, year, serial)).toThrow());
});

describe("invoiceNumberFits", () => {
  it("allows 16 characters and no more", () => {
    expect(MAX_INVOICE_NUMBER_LENGTH).toBe(16);
    expect(invoiceNumberFits("SHREE", "25-26", 9999)).toBe(true); // SHREE/25-26/9999: 16
    expect(invoiceNumberFits("SHREE", "25-26", 10000)).toBe(false);
    expect(invoiceNumberFits("SSH", "25-26", 999_999)).toBe(true);
    expect(invoiceNumberFits("SSH", "25-26", 1_000_000)).toBe(false);
  });
});
