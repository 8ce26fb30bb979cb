// The frame of every JSON route: find who is acting (401 when nobody), run the work, and turn
// any AppError into its status and message (lib/http.ts). Routes stay a few lines each.
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";

export async function asActor(work: (actor: Actor) => Promise<Response>, signedOut = "Log in first."): Promise<Response> {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", signedOut);
    return await work(actor);
  } catch (error) {
    return jsonError(error);
  }
}

/** The JSON body as an object (anything else counts as empty), merged under the route's own fields. */
export async function bodyWith(request: Request, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const body = await readJson(request);
  return { ...(typeof body === "object" && body && !Array.isArray(body) ? body : {}), ...fields };
}
