import { z } from "zod";

/** HSN codes are 4, 6 or 8 digits; garments are in chapters 61 (knitted) and 62 (not knitted). */
export const hsnCodeSchema = z.string().trim().regex(/^(\d{4}|\d{6}|\d{8})$/, "An HSN code has 4, 6 or 8 digits, like 6204.");
