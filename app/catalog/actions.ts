"use server";
import { listDesigns } from "@/lib/designs/list-designs";
import { actAs } from "@/lib/server-action";

/** The next page of a business's catalog grid (a buyer's catalog is one page, by supplier);
 * listDesigns checks the business is the actor's, and the cursor. */
export async function loadMoreDesignsAction(input: unknown) {
  return actAs("member", (actor) => listDesigns(actor, input));
}
