// Quantities and money of one line (a pick or an order line), computed the same way everywhere:
// pieces from sets and the design's set composition, or from loose pieces per size; the total
// from pieces and the price per piece. Integer paise only. No database access here, so the
// browser's pick sheet can show exactly what the server will store.
import { z } from "zod";
import { compositionLabel, FREE_SIZE_SET, isFreeSize, piecesLabel, piecesPerSet, setsLabel } from "./quantity-labels";
import { designPrice } from "@/lib/designs/design-price";
import { AppError } from "@/lib/errors";
import { formatRupees } from "@/lib/money";
import { groupIndian } from "@/lib/indian-number";

/** The largest amount a money column holds (INTEGER on both providers): Rs 2,14,74,836.47.
 * Stricter than Number.MAX_SAFE_INTEGER, so every product below it is also exact. */
export const MAX_PAISE = 2_147_483_647;
export const MAX_SETS = 10_000;
export const MAX_PIECES_PER_SIZE = 100_000;

const sizeSchema = z.string().trim().min(1, "Enter a size.").max(12, "Keep sizes under 12 characters.");

export const sizeRatioSchema = z.object({
  size: sizeSchema,
  ratio: z.number().int("A set has whole pieces of each size.").min(1, "Each size needs at least 1 piece in a set.").max(99, "At most 99 pieces of one size in a set."),
});

export const setCompositionSchema = z
  .array(sizeRatioSchema)
  .min(1, "A set needs at least one size.")
  .max(20, "A set can have up to 20 sizes.")
  .refine((sizes) => new Set(sizes.map((s) => s.size.toUpperCase())).size === sizes.length, "Each size can appear only once in a set.");

export const coloursSchema = z
  .array(z.string().trim().min(1, "Enter a colour.").max(40, "Keep colour names under 40 characters."))
  .max(30, "Up to 30 colours.")
  .refine((colours) => new Set(colours.map((c) => c.toLowerCase())).size === colours.length, "Each colour can appear only once.");

export type SizeRatio = z.infer<typeof sizeRatioSchema>;
export type SetComposition = z.infer<typeof setCompositionSchema>;
/** Loose pieces per size, e.g. { M: 4, L: 2 }. */
export type SizePieces = Record<string, number>;

/** Quantity fields of a pick or an edit as the client sends them (checked against the design later). */
export const setsInputSchema = z.number().int("Sets must be a whole number.").min(1, "Choose at least 1 set.").max(MAX_SETS, `At most ${groupIndian(MAX_SETS)} sets in one line.`);
export const sizePiecesInputSchema = z.record(
  sizeSchema,
  z.number().int("Pieces must be whole numbers.").min(0, "Pieces can't be negative.").max(MAX_PIECES_PER_SIZE, `At most ${groupIndian(MAX_PIECES_PER_SIZE)} pieces of one size.`),
);

const storedSizePiecesSchema = z.record(z.string(), z.number().int().nonnegative());

export interface LineDesign {
  code: string;
  setComposition: SetComposition;
  soldLoose: boolean;
  pricePerPiecePaise: number;
}

export type QuantityChoice = { sets?: number | null; sizePieces?: SizePieces | null };

export interface QuantityLine {
  /** Null when sold loose. */
  sets: number | null;
  /** Null when sold in sets. */
  sizePieces: SizePieces | null;
  pieces: number;
  pricePerPiecePaise: number;
  totalPaise: number;
}

/** A design's stored set composition (none stored: free size); a malformed one is refused, not crashed on. */
export function readSetComposition(value: unknown, code: string): SetComposition {
  if (Array.isArray(value) && value.length === 0) return FREE_SIZE_SET;
  const parsed = setCompositionSchema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID", `${code} has no valid sizes set up, so it can't be picked.`, { key: "noValidSizes", values: { code } });
  return parsed.data;
}

/** A design's stored colours ([] when it has none). */
const storedColoursSchema = z.array(z.string());

export function readColours(value: unknown): string[] {
  const parsed = storedColoursSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Stored per-size pieces of a pick or line (null when sold in sets or malformed). */
export function readSizePieces(value: unknown): SizePieces | null {
  const parsed = storedSizePiecesSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Sizes in the set's order (S M L XL), others after: PostgreSQL's jsonb hands keys back in its own order. */
export function orderSizePieces(sizePieces: SizePieces, composition: SetComposition): SizePieces {
  const rank = new Map(composition.map((s, i) => [s.size, i]));
  const entries = Object.entries(sizePieces).sort(([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  return Object.fromEntries(entries);
}

/** Same sizes with the same pieces, in any key order. */
export function sameSizePieces(a: SizePieces | null, b: SizePieces | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** A count for a plural refusal: `count` picks the form, `n` is the number as piecesLabel and
 * setsLabel write it (en-IN grouping, 1,00,000), so the English says exactly what they say. */
function counted(n: number): { count: number; n: string } {
  return { count: n, n: groupIndian(n) };
}

function tooMuch(): AppError {
  const amount = formatRupees(MAX_PAISE);
  return new AppError("INVALID", `That is more than ${amount} in one order. Split it into smaller orders.`, { key: "orderAmountTooLarge", values: { amount } });
}

/** pieces × price, refusing anything a money column can't hold. */
export function lineTotalPaise(pieces: number, pricePerPiecePaise: number): number {
  if (!Number.isSafeInteger(pieces) || !Number.isSafeInteger(pricePerPiecePaise) || pieces < 0 || pricePerPiecePaise < 0) {
    throw new AppError("INVALID", "Quantities and prices must be whole numbers.");
  }
  const total = pieces * pricePerPiecePaise;
  if (!Number.isSafeInteger(total) || total > MAX_PAISE) throw tooMuch();
  return total;
}

/** Sums lines (pieces and paise), refusing a total a money column can't hold. */
export function sumLines(lines: ReadonlyArray<{ pieces: number; totalPaise: number }>): { pieces: number; totalPaise: number } {
  let pieces = 0;
  let totalPaise = 0;
  for (const line of lines) {
    pieces += line.pieces;
    totalPaise += line.totalPaise;
    if (totalPaise > MAX_PAISE || pieces > MAX_PAISE) throw tooMuch();
  }
  return { pieces, totalPaise };
}

/** Keeps sizes with pieces, in the set's size order; refuses sizes the design doesn't have. */
function normaliseSizePieces(code: string, composition: SetComposition, sizePieces: SizePieces): SizePieces {
  const known = new Map(composition.map((s) => [s.size.toUpperCase(), s.size]));
  const bySize = new Map<string, number>();
  for (const [size, count] of Object.entries(sizePieces)) {
    const canonical = known.get(size.trim().toUpperCase());
    if (!canonical) {
      const sizes = composition.map((s) => s.size).join(", ");
      throw new AppError("INVALID", `${code} has no size ${size}. Choose from ${sizes}.`, { key: "noSuchSize", values: { code, size, sizes } });
    }
    if (!Number.isInteger(count) || count < 0) throw new AppError("INVALID", "Pieces must be whole numbers.");
    bySize.set(canonical, (bySize.get(canonical) ?? 0) + count);
  }
  const result: SizePieces = {};
  for (const { size } of composition) {
    const count = bySize.get(size) ?? 0;
    if (count > 0) result[size] = count;
  }
  if (Object.keys(result).length === 0) throw new AppError("INVALID", `Enter pieces for at least one size of ${code}.`, { key: "enterPiecesForASize", values: { code } });
  return result;
}

/** The line for a choice: sets for designs sold in sets, pieces per size for loose designs. */
export function computeLine(design: LineDesign, choice: QuantityChoice): QuantityLine {
  if (design.soldLoose) {
    if (!choice.sizePieces) throw new AppError("INVALID", `${design.code} is sold loose: enter pieces per size.`, { key: "soldLoose", values: { code: design.code } });
    const sizePieces = normaliseSizePieces(design.code, design.setComposition, choice.sizePieces);
    const pieces = Object.values(sizePieces).reduce((sum, n) => sum + n, 0);
    return { sets: null, sizePieces, pieces, pricePerPiecePaise: design.pricePerPiecePaise, totalPaise: lineTotalPaise(pieces, design.pricePerPiecePaise) };
  }
  const sets = choice.sets;
  if (sets === undefined || sets === null) throw new AppError("INVALID", `${design.code} is sold in sets: choose a number of sets.`, { key: "soldInSets", values: { code: design.code } });
  if (!Number.isInteger(sets) || sets < 1) throw new AppError("INVALID", "Choose at least 1 set.");
  const pieces = sets * piecesPerSet(design.setComposition);
  return { sets, sizePieces: null, pieces, pricePerPiecePaise: design.pricePerPiecePaise, totalPaise: lineTotalPaise(pieces, design.pricePerPiecePaise) };
}

/** The design's minimum: sets for set designs; for loose designs the pieces of that many sets. */
export function checkMinimum(design: LineDesign & { minimumSets: number }, line: QuantityLine): void {
  const minimum = Math.max(1, design.minimumSets);
  if (line.sets !== null) {
    if (line.sets < minimum) throw new AppError("INVALID", `${design.code} needs at least ${setsLabel(minimum)}.`, { key: "atLeastSets", values: { code: design.code, ...counted(minimum) } });
    return;
  }
  const minimumPieces = minimum * piecesPerSet(design.setComposition);
  if (line.pieces < minimumPieces) throw new AppError("INVALID", `${design.code} needs at least ${piecesLabel(minimumPieces)}.`, { key: "atLeastPieces", values: { code: design.code, ...counted(minimumPieces) } });
}

interface SummaryLine {
  code: string;
  colour: string | null;
  sets: number | null;
  sizePieces: SizePieces | null;
  pieces: number;
  totalPaise: number;
}

function designAndColour(line: Pick<SummaryLine, "code" | "colour">): string {
  return line.colour ? `${line.code} ${line.colour}` : line.code;
}

/** "3 sets = 18 pcs" or "M:4 L:2 = 6 pcs" */
export function quantityLabel(line: Pick<SummaryLine, "sets" | "sizePieces" | "pieces">): string {
  if (line.sets !== null) return `${setsLabel(line.sets)} = ${piecesLabel(line.pieces)}`;
  if (isFreeSize(Object.keys(line.sizePieces ?? {}))) return piecesLabel(line.pieces);
  const sizes = Object.entries(line.sizePieces ?? {}).map(([size, n]) => `${size}:${n}`);
  return `${sizes.join(" ")} = ${piecesLabel(line.pieces)}`;
}

/** The pick card's text: "D-0142 Red, 3 sets = 18 pcs, Rs 8,100". */
export function pickSummary(line: SummaryLine): string {
  return `${designAndColour(line)}, ${quantityLabel(line)}, ${designPrice(line.totalPaise)}`;
}

/** The conversation list's line for a pick: "Picked D-0142 Red, 3 sets". */
export function pickPreview(line: Pick<SummaryLine, "code" | "colour" | "sets" | "pieces">): string {
  return `Picked ${designAndColour(line)}, ${line.sets !== null ? setsLabel(line.sets) : piecesLabel(line.pieces)}`;
}

// The labels and set arithmetic live in quantity-labels.ts, free of zod, so the browser's pages
// can use them without shipping the validation library; the server imports them from here as before.
export { compositionLabel, FREE_SIZE_SET, piecesLabel, piecesPerSet, setsLabel };
