// The frame of every server action: who may call it is declared in its first line (see
// lib/auth/requirement.ts) and checked before its service runs; only safe text reaches the
// browser (runAction). A signed-out visitor is sent to log in, as a page would send them.
import type { SessionActor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { admit, type Requirement } from "@/lib/auth/requirement";
import { runAction, type ActionResult } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localizeFailure } from "@/lib/i18n/error-text";

/** A failure in the reader's language (the service's English stays in the logs). */
async function inReadersLanguage<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  return result.ok ? result : localizeFailure(result, await currentLocale());
}

/** Runs `work` as the signed-in actor once they meet `requires`. */
export async function actAs<T>(requires: Exclude<Requirement, "anyone">, work: (actor: SessionActor) => Promise<T>, options: { loginReturnTo?: string } = {}): Promise<ActionResult<T>> {
  // Outside runAction: redirect() throws, and that must not read as a failure.
  const actor = await requireActor(options.loginReturnTo);
  return inReadersLanguage(await runAction(async () => work(await admit(actor, requires))));
}

/** An action anyone may call, signed in or not (sign-up): its service and limits guard it. */
export async function actAsAnyone<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  return inReadersLanguage(await runAction(work));
}
