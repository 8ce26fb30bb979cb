// Rupees as people type them, read into integer paise. Commas group digits, the Indian way
// (1,23,456) or the Western way (123,456); a point starts the paise. A comma followed by one or
// two digits ("450,50") could be a decimal comma from a phone set to another language: reading it
// as grouping would make Rs 450.50 into Rs 45,050, so it is refused with a message instead.
/** What is wrong with typed text: `key` names its wording in the "errors.keyed" messages, so the
 * person reads it in their language; `message` is the English (logs, tests, English readers). */
export interface InputProblem {
  key: InputProblemKey;
  values?: Record<string, string>;
  message: string;
}
export type InputProblemKey = "rupeesHint" | "decimalComma" | "paiseDigits" | "amountTooLarge" | "pricePerPiece" | "setFormat" | "setPieces" | "minimumSets";

export type RupeesReading = { ok: true; paise: number } | ({ ok: false } & InputProblem);

const CURRENCY_AND_SPACES = /rs\.?|₹|inr|\/-|\s/gi;
const PLAIN = /^\d+$/;
const WESTERN = /^\d{1,3}(?:,\d{3})+$/;
const INDIAN = /^\d{1,2}(?:,\d{2})*,\d{3}$/;

const RUPEES_HINT: InputProblem = { key: "rupeesHint", message: "Enter rupees like 450, 450.50 or 1,23,456." };

export function readRupees(text: string): RupeesReading {
  const bare = text.replace(CURRENCY_AND_SPACES, "");
  const [whole = "", paise, ...extra] = bare.split(".");
  if (/,\d{1,2}$/.test(whole) && paise === undefined) {
    const suggestion = whole.replace(/,(\d{1,2})$/, ".$1");
    return { ok: false, key: "decimalComma", values: { suggestion }, message: `A comma only groups thousands. For paise use a point: ${suggestion}.` };
  }
  if (extra.length || !(PLAIN.test(whole) || WESTERN.test(whole) || INDIAN.test(whole))) return { ok: false, ...RUPEES_HINT };
  if (paise !== undefined && !/^\d{1,2}$/.test(paise)) return { ok: false, key: "paiseDigits", message: "Paise have at most two digits, like 450.50." };
  const total = Number(whole.replaceAll(",", "")) * 100 + Number((paise ?? "").padEnd(2, "0"));
  if (!Number.isSafeInteger(total)) return { ok: false, key: "amountTooLarge", message: "That amount is too large." };
  return { ok: true, paise: total };
}
