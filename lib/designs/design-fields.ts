// The rules for a design's details, shared by posting, editing and (later) the browser forms.
// Messages are written for a supplier on a phone; limits are generous for wholesale garments.
import { z } from "zod";

/** Rs 1,00,000 a piece: far above any wholesale garment, so a mistyped extra zero or two is caught. */
export const MAX_PRICE_PER_PIECE_PAISE = 10_000_000;
export const MAX_SET_SIZES = 12;
export const MAX_COLOURS = 12;
export const MAX_MINIMUM_SETS = 999;
export const MAX_TITLE_LENGTH = 120;

export const designCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]{1,20}$/, "A design code uses letters, digits and dashes, up to 20 (like D-0143)."));

export const designTitleSchema = z.string().trim().min(1, "Give the design a title.").max(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`);

export const pricePerPiecePaiseSchema = z
  .number({ message: "Enter the price per piece." })
  .int("The price must be in whole paise.")
  .min(0, "The price cannot be negative.")
  .max(MAX_PRICE_PER_PIECE_PAISE, "That price per piece is too high. Check the number.");

const sizeSchema = z.string().trim().min(1, "Enter a size name.").max(12, "Keep size names short (like M or 42).");

export const setCompositionSchema = z
  .array(z.object({ size: sizeSchema, ratio: z.number().int("Pieces per size must be a whole number.").min(1, "Each size needs at least 1 piece.").max(99, "Up to 99 pieces per size.") }))
  .max(MAX_SET_SIZES, `A set can have up to ${MAX_SET_SIZES} sizes.`)
  .refine((sizes) => new Set(sizes.map((s) => s.size.toUpperCase())).size === sizes.length, "Each size can appear only once in a set.");

export const coloursSchema = z
  .array(z.string().trim().min(1, "A colour needs a name.").max(30, "Keep colour names under 30 characters."))
  .max(MAX_COLOURS, `Up to ${MAX_COLOURS} colours.`)
  .refine((colours) => new Set(colours.map((c) => c.toLowerCase())).size === colours.length, "Each colour can appear only once.");

export const minimumSetsSchema = z.number().int("Minimum sets must be a whole number.").min(1, "The minimum is at least 1 set.").max(MAX_MINIMUM_SETS, `The minimum can be up to ${MAX_MINIMUM_SETS} sets.`);

export type SetComposition = z.infer<typeof setCompositionSchema>;

/** D-0001, D-0002, ... D-9999, then D-10000 (the pattern allows up to 20 characters). */
export function formatDesignCode(number: number): string {
  return `D-${String(number).padStart(4, "0")}`;
}

/** What catalog search matches: lowercased code, title and colours (see Design.searchText). */
export function designSearchText(design: { code: string; title: string; colours: readonly string[] }): string {
  return likeSafe([design.code, design.title, ...design.colours].join(" "));
}

/** The search box's text in the form searchText is stored in, for a `contains` filter. */
export function designSearchQuery(query: string): string {
  return likeSafe(query);
}

// Prisma's `contains` is SQL LIKE without escaping: "%" and "_" would be wildcards (and "\" an
// escape on PostgreSQL). Both the stored text and the query map them to look-alike characters,
// so a search for "50%" finds "50%" and nothing else, the same on both providers.
const LIKE_SAFE: Record<string, string> = { "%": "\uFE6A", _: "\uFF3F", "\\": "\uFF3C" };

function likeSafe(text: string): string {
  return text.toLowerCase().replace(/[%_\\]/g, (c) => LIKE_SAFE[c] ?? c);
}

/** Json columns come back untyped; anything unexpected reads as empty rather than crashing a page. */
export function readSetComposition(value: unknown): SetComposition {
  const parsed = setCompositionSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function readColours(value: unknown): string[] {
  const parsed = coloursSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
