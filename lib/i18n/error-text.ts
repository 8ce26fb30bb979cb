// What a person reads when something is refused, in their language. Services throw AppErrors in
// English (for logs and tests); at the edge (server actions, JSON routes) the failure is said again
// from its key or, without one, from its code. English readers keep the service's exact words.
import type { AppErrorCode } from "@/lib/errors";
import type { Locale } from "./locales";
import { speakerFor } from "./server-messages";

export interface Failure {
  code: AppErrorCode | "INTERNAL";
  message: string;
  fields?: Record<string, string>;
  key?: string;
  values?: Record<string, string | number>;
}

export function localizeFailure<F extends Failure>(failure: F, locale: Locale): F {
  if (locale === "en") return failure;
  const speaker = speakerFor(locale);
  const keyed = failure.key ? `errors.keyed.${failure.key}` : null;
  const message = keyed && speaker.has(keyed) ? speaker.say(keyed, failure.values) : speaker.say(`errors.byCode.${failure.code}`);
  const fields = failure.fields ? Object.fromEntries(Object.keys(failure.fields).map((name) => [name, speaker.say("errors.checkField")])) : undefined;
  return { ...failure, message, ...(fields ? { fields } : {}) };
}
