// One design with all its photos and details, for its business's members and for buyers it was
// posted to. Anyone else gets the same not-found as for a design that does not exist.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { designVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";
import { designCardSelect, photoViewSelect, toDesignDetails, type DesignDetails } from "./design-views";

export async function getDesign(actor: Actor, input: unknown): Promise<DesignDetails> {
  const { designId } = parseIdInput("designId", input);
  const design = await getDb().design.findFirst({
    where: { id: designId, ...designVisibleTo(actor.id) },
    select: {
      ...designCardSelect,
      photos: { orderBy: { position: "asc" }, select: photoViewSelect },
      description: true,
      setComposition: true,
      soldLoose: true,
      colours: true,
      minimumSets: true,
      hsnCode: true,
      businessId: true,
      business: { select: { name: true, members: { where: { userId: actor.id }, select: { userId: true } } } },
    },
  });
  if (!design) throw notFound("That design");
  return toDesignDetails(design);
}
