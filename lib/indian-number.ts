// Whole numbers grouped the Indian way (1,23,45,678), as Intl.NumberFormat("en-IN") writes them.
// By hand because the first Intl.NumberFormat of a page costs 25-50 ms in the browser while ICU
// loads its data (lib/i18n/calendar-names.ts says more); indian-number.test.ts holds it equal to
// Intl. Every language Chatalog speaks writes numbers with these Latin digits (INTL_LOCALE).

/** 1234567 → "12,34,567"; -1500 → "-1,500". Whole numbers only. */
export function groupIndian(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`groupIndian takes a whole number, got ${value}`);
  const digits = String(Math.abs(value));
  const sign = value < 0 ? "-" : "";
  if (digits.length <= 3) return sign + digits;
  // The last three digits stand alone; the rest go in pairs.
  const head = digits.slice(0, -3);
  const pairs = head.replace(/\B(?=(\d{2})+$)/g, ",");
  return `${sign}${pairs},${digits.slice(-3)}`;
}
