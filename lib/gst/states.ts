// The state codes GST uses (the first 2 digits of every GSTIN, and the "place of supply" on an
// invoice). Whether a sale is within one state (CGST + SGST) or between states (IGST) is decided
// by comparing these codes, so the list must match GSTN's exactly.
import { z } from "zod";

type GstState = { code: string; name: string };

// Kept in code order here so it is easy to check against GSTN's published table. 25 (Daman and
// Diu) is gone: it merged into 26 in 2020. 28 was undivided Andhra Pradesh; GST registrations
// there use 37. 99 is GSTN's "Centre Jurisdiction" code, not a place a buyer can be in.
const STATES_BY_CODE: readonly GstState[] = [
  { code: "01", name: "Jammu and Kashmir" },
  { code: "02", name: "Himachal Pradesh" },
  { code: "03", name: "Punjab" },
  { code: "04", name: "Chandigarh" },
  { code: "05", name: "Uttarakhand" },
  { code: "06", name: "Haryana" },
  { code: "07", name: "Delhi" },
  { code: "08", name: "Rajasthan" },
  { code: "09", name: "Uttar Pradesh" },
  { code: "10", name: "Bihar" },
  { code: "11", name: "Sikkim" },
  { code: "12", name: "Arunachal Pradesh" },
  { code: "13", name: "Nagaland" },
  { code: "14", name: "Manipur" },
  { code: "15", name: "Mizoram" },
  { code: "16", name: "Tripura" },
  { code: "17", name: "Meghalaya" },
  { code: "18", name: "Assam" },
  { code: "19", name: "West Bengal" },
  { code: "20", name: "Jharkhand" },
  { code: "21", name: "Odisha" },
  { code: "22", name: "Chhattisgarh" },
  { code: "23", name: "Madhya Pradesh" },
  { code: "24", name: "Gujarat" },
  { code: "26", name: "Dadra and Nagar Haveli and Daman and Diu" },
  { code: "27", name: "Maharashtra" },
  { code: "29", name: "Karnataka" },
  { code: "30", name: "Goa" },
  { code: "31", name: "Lakshadweep" },
  { code: "32", name: "Kerala" },
  { code: "33", name: "Tamil Nadu" },
  { code: "34", name: "Puducherry" },
  { code: "35", name: "Andaman and Nicobar Islands" },
  { code: "36", name: "Telangana" },
  { code: "37", name: "Andhra Pradesh" },
  { code: "38", name: "Ladakh" },
  { code: "97", name: "Other Territory" },
];

/** Every GST state, sorted by name for a select (people look for their state by name, not code). */
export const GST_STATES: readonly GstState[] = Object.freeze(
  [...STATES_BY_CODE].sort((a, b) => a.name.localeCompare(b.name, "en")).map((state) => Object.freeze({ ...state })),
);

const NAME_BY_CODE: ReadonlyMap<string, string> = new Map(STATES_BY_CODE.map((state) => [state.code, state.name]));

/** "27" → "Maharashtra"; null for a code GST does not use. */
export function stateName(code: string): string | null {
  return NAME_BY_CODE.get(code) ?? null;
}

export const stateCodeSchema = z
  .string({ error: "Choose the state." })
  .refine((code) => NAME_BY_CODE.has(code), "Choose the state.");
