// A member edits a design's details. Only the fields sent change; searchText follows the code,
// title and colours as they are after the change. Orders keep their own snapshot of code, title
// and price, so editing never rewrites an order.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { hsnCodeSchema } from "@/lib/gst/hsn";
import { idSchema, parseInput } from "@/lib/validation";
import {
  coloursSchema,
  designCodeSchema,
  designSearchText,
  designTitleSchema,
  minimumSetsSchema,
  pricePerPiecePaiseSchema,
  readColours,
  setCompositionSchema,
} from "./design-fields";
import type { DesignDetails } from "./design-views";
import { getDesign } from "./get-design";

export const updateDesignSchema = z.object({
  designId: idSchema,
  code: designCodeSchema.optional(),
  title: designTitleSchema.optional(),
  description: z.string().trim().max(2000, "Keep the description under 2,000 characters.").nullable().optional(),
  pricePerPiecePaise: pricePerPiecePaiseSchema.optional(),
  setComposition: setCompositionSchema.optional(),
  soldLoose: z.boolean().optional(),
  colours: coloursSchema.optional(),
  minimumSets: minimumSetsSchema.optional(),
  /** Empty or null: the business's default HSN code. */
  hsnCode: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), hsnCodeSchema.nullable()).optional(),
});

export async function updateDesign(actor: Actor, input: unknown): Promise<DesignDetails> {
  const { designId, description, ...changes } = parseInput(updateDesignSchema, input);
  const db = getDb();
  try {
    await db.$transaction(async (tx) => {
      // The update goes first: it takes the row lock, so two concurrent edits (say title and
      // colours) cannot each compute searchText from the other's stale row.
      const updated = await tx.design.updateMany({
        where: { id: designId, business: businessOfMember(actor.id) },
        data: { ...changes, ...(description !== undefined ? { description: description || null } : {}), updatedAt: new Date() },
      });
      if (updated.count === 0) throw notFound("That design");
      const design = await tx.design.findUniqueOrThrow({ where: { id: designId }, select: { code: true, title: true, colours: true } });
      await tx.design.update({ where: { id: designId }, data: { searchText: designSearchText({ ...design, colours: readColours(design.colours) }) } });
    });
  } catch (error) {
    // Design has one unique index besides its id: (businessId, code).
    if (isUniqueViolation(error) && changes.code) {
      throw new AppError("CONFLICT", `The code ${changes.code} is already used by another design.`, { fields: { code: "This code is already used." }, key: "codeTaken", values: { code: changes.code } });
    }
    throw error;
  }
  return getDesign(actor, { designId });
}
