"use server";
import { requireActor } from "@/lib/auth/current-actor";
import { listDesigns } from "@/lib/designs/list-designs";
import { runAction } from "@/lib/errors";

/** The next page of the catalog grid; listDesigns checks membership and the cursor. */
export async function loadMoreDesignsAction(input: unknown) {
  const actor = await requireActor();
  return runAction(() => listDesigns(actor, input));
}
