// The invoice total in words ("Rupees One Lakh Twenty-Three Thousand ... Only"), which Indian
// tax invoices carry so the figure cannot be altered. Indian grouping: crore (1,00,00,000),
// lakh (1,00,000), thousand, hundred. Amounts of 100 crore and more name the crores in the same
// system ("One Hundred Crore", "One Lakh Crore"), as Indian accounts do, not in billions.
const ONES = [
  "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
  "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
];
const TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

/** 1..99 → "Seven", "Forty-Two". */
function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const ones = n % 10;
  return ones === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}-${ONES[ones]}`;
}

/** A positive whole number in words, Indian system. */
function wholeInWords(n: number): string {
  const parts: string[] = [];
  const crores = Math.floor(n / 10_000_000);
  // Crores can themselves run to lakhs and thousands (100 crore = "One Hundred Crore").
  if (crores > 0) parts.push(`${wholeInWords(crores)} Crore`);
  const lakhs = Math.floor(n / 100_000) % 100;
  if (lakhs > 0) parts.push(`${belowHundred(lakhs)} Lakh`);
  const thousands = Math.floor(n / 1_000) % 100;
  if (thousands > 0) parts.push(`${belowHundred(thousands)} Thousand`);
  const hundreds = Math.floor(n / 100) % 10;
  if (hundreds > 0) parts.push(`${ONES[hundreds]} Hundred`);
  const rest = n % 100;
  if (rest > 0) parts.push(belowHundred(rest));
  return parts.join(" ");
}

/** 12345670 → "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Seventy Paise Only". */
export function rupeesInWords(paise: number): string {
  if (!Number.isSafeInteger(paise) || paise < 0) throw new Error(`Money must be non-negative integer paise, got ${paise}`);
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  const rupeeWords = rupees === 0 ? "Zero" : wholeInWords(rupees);
  if (rest === 0) return `Rupees ${rupeeWords} Only`;
  return `Rupees ${rupeeWords} and ${belowHundred(rest)} ${rest === 1 ? "Paisa" : "Paise"} Only`;
}
