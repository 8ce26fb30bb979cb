// GSTIN (GST registration number) checks, so a typing mistake is caught on the form instead of
// on a tax invoice that then has to be cancelled. A GSTIN is 15 characters:
//   27 AAPFU0939F 1 Z V
//   state code, PAN (5 letters, 4 digits, a letter), entity number (1-9 or A-Z), Z, check character.
// The check character is GSTN's Luhn "mod 36" over the first 14 characters; it catches every
// single wrong character and most swapped neighbours.
import { z } from "zod";
import { stateName } from "./states";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const LENGTH_MESSAGE = "A GSTIN has 15 characters: 2 digits for the state, the 10-character PAN, then 3 more.";
const CHECK_CHARACTER_MESSAGE = "The last character of this GSTIN is wrong: check it for a typing mistake.";

/** The check character for the first 14 characters of a GSTIN (uppercase letters and digits). */
export function gstinCheckCharacter(first14: string): string {
  if (!/^[0-9A-Z]{14}$/.test(first14)) throw new Error(`Expected 14 uppercase letters or digits, got "${first14}"`);
  let sum = 0;
  for (let i = 0; i < 14; i += 1) {
    const product = ALPHABET.indexOf(first14.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

/** What is wrong with a GSTIN, in words a person can act on; null when it is valid.
 * Expects the normalized form (see normalizeGstin): lowercase or spaces are refused here so a
 * value that passes can be stored as it is. */
export function gstinProblem(value: string): string | null {
  if (value === "") return "Enter the GSTIN.";
  if (value.length !== 15) return LENGTH_MESSAGE;
  // One message per part, in reading order, so the person knows where to look.
  if (!/^\d{2}$/.test(value.slice(0, 2))) return "A GSTIN starts with the 2-digit state code, like 27 for Maharashtra.";
  if (!/^[A-Z]{5}\d{4}[A-Z]$/.test(value.slice(2, 12))) {
    return "Characters 3 to 12 of a GSTIN are the PAN: 5 letters, 4 digits, then a letter.";
  }
  if (!/^[1-9A-Z]$/.test(value.charAt(12))) return "The 13th character of a GSTIN is a digit from 1 to 9 or a letter.";
  if (value.charAt(13) !== "Z") return "The 14th character of a GSTIN is the letter Z.";
  if (!/^[0-9A-Z]$/.test(value.charAt(14))) return "The last character of a GSTIN is a letter or a digit.";
  const state = value.slice(0, 2);
  if (stateName(state) === null) return `No state has the code ${state}: check the first 2 digits of the GSTIN.`;
  if (gstinCheckCharacter(value.slice(0, 14)) !== value.charAt(14)) return CHECK_CHARACTER_MESSAGE;
  return null;
}

/** The form a GSTIN is stored in: no spaces (people copy it from letterheads as "27 AAPFU..."),
 * uppercase. */
export function normalizeGstin(value: string): string {
  return value.trim().replace(/\s+/g, "").toUpperCase();
}

function parseGstin(value: string, ctx: z.RefinementCtx): string {
  const gstin = normalizeGstin(value);
  const problem = gstinProblem(gstin);
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return gstin;
}

/** A required GSTIN: normalized, then checked. */
export const gstinSchema = z.string({ error: "Enter the GSTIN." }).transform(parseGstin);

/** A GSTIN a person may leave blank (a buyer who is not registered): blank becomes null. */
export const optionalGstinSchema = z
  .string({ error: "Enter the GSTIN, or leave it blank." })
  .nullish()
  .transform((value, ctx): string | null => {
    if (value == null || normalizeGstin(value) === "") return null;
    return parseGstin(value, ctx);
  });

/** "27AAPFU0939F1ZV" → "27". Throws on an invalid GSTIN: the state code decides CGST + SGST versus
 * IGST, so it must never be read off something unchecked. */
export function stateCodeOfGstin(gstin: string): string {
  const problem = gstinProblem(gstin);
  if (problem) throw new Error(`Not a valid GSTIN ("${gstin}"): ${problem}`);
  return gstin.slice(0, 2);
}
