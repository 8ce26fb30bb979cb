// A design's prices and quantities in the reader's language ("Rs 450 / pc", "6 pcs", "2 sets",
// "S:1 M:2 L:2 XL:1 = 6 pcs", "Price on request"), from the "designs" messages. Numbers keep the
// Indian grouping (1,200) in every language; amounts stay formatRupees's.
import type { useTranslations } from "next-intl";
import { formatRupees } from "@/lib/money";
import { isFreeSize, piecesPerSet, type SizeRatio } from "@/lib/orders/quantity-labels";
import { groupIndian } from "@/lib/indian-number";

/** useTranslations("designs") or getTranslations("designs"). */
export type DesignsT = ReturnType<typeof useTranslations<"designs">>;

/** "Rs 450", or "Price on request" for zero (a price, or a total of unpriced pieces). */
export function priceText(t: DesignsT, paise: number): string {
  return paise > 0 ? formatRupees(paise) : t("priceOnRequest");
}

/** "Rs 450 / pc", or "Price on request". */
export function pricePerPieceText(t: DesignsT, paise: number): string {
  return paise > 0 ? t("perPiece", { price: formatRupees(paise) }) : t("priceOnRequest");
}

/** "1 pc", "1,200 pcs". */
export function piecesText(t: DesignsT, pieces: number): string {
  return t("pieces", { count: pieces, n: groupIndian(pieces) });
}

/** "1 set", "12 sets". */
export function setsText(t: DesignsT, sets: number): string {
  return t("sets", { count: sets, n: groupIndian(sets) });
}

/** A size's name: "Free size" (a design posted without sizes) in the reader's language. */
export function sizeText(t: DesignsT, size: string): string {
  return isFreeSize([size]) ? t("freeSize") : size;
}

/** "3 sets = 18 pcs", "M:4 L:2 = 6 pcs", or "6 pcs" for a free-size design sold loose. */
export function quantityText(t: DesignsT, line: { sets: number | null; sizePieces: Record<string, number> | null; pieces: number }): string {
  if (line.sets !== null) return `${setsText(t, line.sets)} = ${piecesText(t, line.pieces)}`;
  if (isFreeSize(Object.keys(line.sizePieces ?? {}))) return piecesText(t, line.pieces);
  const sizes = Object.entries(line.sizePieces ?? {}).map(([size, n]) => `${size}:${n}`);
  return `${sizes.join(" ")} = ${piecesText(t, line.pieces)}`;
}

/** A pick's line: "D-0142 Red, 3 sets = 18 pcs, Rs 8,100" (lib/orders/quantities.ts pickSummary, in the reader's language). */
export function pickSummaryText(t: DesignsT, line: { code: string; colour: string | null; sets: number | null; sizePieces: Record<string, number> | null; pieces: number; totalPaise: number }): string {
  return `${line.colour ? `${line.code} ${line.colour}` : line.code}, ${quantityText(t, line)}, ${priceText(t, line.totalPaise)}`;
}

/** "S:1 M:2 L:2 XL:1 = 6 pcs"; "Free size" for a design posted without sizes. */
export function compositionText(t: DesignsT, composition: ReadonlyArray<SizeRatio>): string {
  if (isFreeSize(composition.map((s) => s.size))) return t("freeSize");
  return `${composition.map((s) => `${s.size}:${s.ratio}`).join(" ")} = ${piecesText(t, piecesPerSet(composition))}`;
}
