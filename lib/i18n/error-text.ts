// What a person reads when something is refused, in their language. Services throw AppErrors in
// English (for logs and tests); at the edge (server actions, JSON routes) the failure is said again
// from its key; without one, its English (and each field's) is looked up among the messages that
// take no values ("refusals" and "errors.keyed": the English is the id, as in gettext), else it is
// said by its code. English readers keep the service's exact words.
import type { AppErrorCode } from "@/lib/errors";
import type { Locale } from "./locales";
import en from "./messages/en.json";
import { speakerFor, type Speaker } from "./server-messages";

export interface Failure {
  code: AppErrorCode | "INTERNAL";
  message: string;
  fields?: Record<string, string>;
  key?: string;
  values?: Record<string, string | number>;
}

/** English text → its full key, for every message without values. */
let keysByEnglish: Map<string, string> | null = null;

function keyOfEnglish(text: string): string | undefined {
  if (!keysByEnglish) {
    keysByEnglish = new Map();
    const namespaces: Array<[string, Record<string, string>]> = [["refusals", en.refusals], ["errors.keyed", en.errors.keyed]];
    for (const [namespace, messages] of namespaces) {
      for (const [key, english] of Object.entries(messages)) if (!english.includes("{")) keysByEnglish.set(english, `${namespace}.${key}`);
    }
  }
  return keysByEnglish.get(text);
}

function sayEnglish(speaker: Speaker, text: string): string | undefined {
  const key = keyOfEnglish(text);
  return key ? speaker.say(key) : undefined;
}

export function localizeFailure<F extends Failure>(failure: F, locale: Locale): F {
  if (locale === "en") return failure;
  const speaker = speakerFor(locale);
  const keyed = failure.key ? `errors.keyed.${failure.key}` : null;
  const specific = keyed && speaker.has(keyed) ? speaker.say(keyed, failure.values) : sayEnglish(speaker, failure.message);
  const message = specific ?? speaker.say(`errors.byCode.${failure.code}`);
  const fieldText = (text: string) => (text === failure.message ? specific : sayEnglish(speaker, text)) ?? speaker.say("errors.checkField");
  const fields = failure.fields ? Object.fromEntries(Object.entries(failure.fields).map(([name, text]) => [name, fieldText(text)])) : undefined;
  return { ...failure, message, ...(fields ? { fields } : {}) };
}
