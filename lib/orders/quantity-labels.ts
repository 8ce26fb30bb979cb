// Set arithmetic and the words for quantities ("6 pcs", "2 sets", "S:1 M:2 = 3 pcs"), shared by the
// server (quantities.ts re-exports them) and the browser's pick sheet, tray and design facts.
// Free of zod on purpose: the validation schemas stay in quantities.ts, out of the pages' scripts.
import { groupIndian } from "@/lib/indian-number";

export interface SizeRatio {
  size: string;
  ratio: number;
}
export type SetComposition = SizeRatio[];

/** What a design posted without sizes is sold as: one piece is one set. */
export const FREE_SIZE_SET: SetComposition = [{ size: "Free size", ratio: 1 }];

export function piecesPerSet(composition: ReadonlyArray<SizeRatio>): number {
  return composition.reduce((sum, size) => sum + size.ratio, 0);
}

export function piecesLabel(pieces: number): string {
  return `${groupIndian(pieces)} ${pieces === 1 ? "pc" : "pcs"}`;
}

export function setsLabel(sets: number): string {
  return `${groupIndian(sets)} ${sets === 1 ? "set" : "sets"}`;
}

/** A design posted without sizes: its only "size" is FREE_SIZE_SET's. */
export function isFreeSize(sizes: string[]): boolean {
  return sizes.length === 1 && sizes[0] === FREE_SIZE_SET[0]!.size;
}

/** "S:1 M:2 L:2 XL:1 = 6 pcs"; "Free size" for a design posted without sizes. */
export function compositionLabel(composition: ReadonlyArray<SizeRatio>): string {
  if (isFreeSize(composition.map((s) => s.size))) return FREE_SIZE_SET[0]!.size;
  return `${composition.map((s) => `${s.size}:${s.ratio}`).join(" ")} = ${piecesLabel(piecesPerSet(composition))}`;
}
