// The frame of every JSON route: find who is acting, check the route's declared requirement
// (lib/auth/requirement.ts) before any service runs, run the work, and turn any AppError into its
// status and message (lib/http.ts). Routes stay a few lines each.
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current-actor";
import { admit, type Requirement } from "@/lib/auth/requirement";
import { jsonError, readJson } from "@/lib/http";
import { currentLocale } from "@/lib/i18n/current-locale";

export interface RouteAccess<P> {
  /** Who may call the route. */
  requires: Exclude<Requirement, "anyone">;
  /** The route's params (Next's context.params), when it has any: a conversation requirement
   * reads `conversationId` from them. */
  params?: Promise<P>;
  /** What a signed-out caller is told (401). */
  signedOut?: string;
}

export async function asActor<P extends object = Record<string, never>>(access: RouteAccess<P>, work: (actor: Actor, params: P) => Promise<Response>): Promise<Response> {
  try {
    const params = (access.params ? await access.params : {}) as P;
    const actor = await admit(await getActor(), access.requires, params, access.signedOut);
    return await work(actor, params);
  } catch (error) {
    return jsonError(error, await currentLocale().catch(() => "en" as const));
  }
}

/** The JSON body as an object (anything else counts as empty), merged under the route's own fields. */
export async function bodyWith(request: Request, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const body = await readJson(request);
  return { ...(typeof body === "object" && body && !Array.isArray(body) ? body : {}), ...fields };
}
