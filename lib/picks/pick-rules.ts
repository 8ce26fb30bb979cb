// What makes a pick valid, shared by creating and changing one: the colour must be one of the
// design's, the quantity must fit its set composition (or its sizes when sold loose) and reach
// its minimum. The price always comes from the server (the design now, or the pick as made).
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { checkMinimum, computeLine, readColours, readSetComposition, type QuantityChoice, type QuantityLine, type SizePieces } from "@/lib/orders/quantities";

export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The pick id from the app is not valid.");
export const colourInputSchema = z.string().trim().max(40, "Keep the colour under 40 characters.");
export const noteInputSchema = z.string().trim().max(500, "Keep the note under 500 characters.");

export const pickDesignSelect = {
  id: true,
  code: true,
  title: true,
  pricePerPiecePaise: true,
  setComposition: true,
  soldLoose: true,
  colours: true,
  minimumSets: true,
  archivedAt: true,
} as const satisfies Prisma.DesignSelect;

export type PickDesign = Prisma.DesignGetPayload<{ select: typeof pickDesignSelect }>;

/** The design's own spelling of the chosen colour; null when the design has no colours. */
export function resolveColour(design: Pick<PickDesign, "code" | "colours">, colour: string | null | undefined): string | null {
  const colours = readColours(design.colours);
  const wanted = colour?.trim() ?? "";
  if (colours.length === 0) {
    if (wanted) throw new AppError("INVALID", `${design.code} has no colour choices.`, { key: "noColourChoices", values: { code: design.code } });
    return null;
  }
  if (!wanted) throw new AppError("INVALID", `Choose a colour for ${design.code}: ${colours.join(", ")}.`, { key: "chooseColour", values: { code: design.code, colours: colours.join(", ") } });
  const match = colours.find((c) => c.toLowerCase() === wanted.toLowerCase());
  if (!match) throw new AppError("INVALID", `${design.code} comes in ${colours.join(", ")}, not ${wanted}.`, { key: "colourNotOffered", values: { code: design.code, colours: colours.join(", "), wanted } });
  return match;
}

export function refuseArchived(design: Pick<PickDesign, "code" | "archivedAt">): void {
  if (design.archivedAt) throw new AppError("CONFLICT", `${design.code} is no longer available.`, { key: "designGone", values: { code: design.code } });
}

/** The checked line of a pick of `design` at `pricePerPiecePaise` (the design's price when new). */
export function pickLine(design: PickDesign, choice: QuantityChoice, pricePerPiecePaise = design.pricePerPiecePaise): QuantityLine {
  const lineDesign = {
    code: design.code,
    setComposition: readSetComposition(design.setComposition, design.code),
    soldLoose: design.soldLoose,
    pricePerPiecePaise,
    minimumSets: design.minimumSets,
  };
  const line = computeLine(lineDesign, choice);
  checkMinimum(lineDesign, line);
  return line;
}

/** A nullable Json column's value: Prisma needs DbNull to write SQL NULL. */
export function jsonColumn(value: SizePieces | null): SizePieces | typeof Prisma.DbNull {
  return value ?? Prisma.DbNull;
}
