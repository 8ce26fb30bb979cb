// What a person reads when something is refused, in their language. Services throw AppErrors in
// English (for logs and tests); at the edge (server actions, JSON routes) the failure is said again
// from its key; without one, its English (and each field's) is looked up among the "refusals" and
// "errors.keyed" messages (the English is the id, as in gettext; simple arguments are read back
// from it), else it is said by its code. English readers keep the service's exact words.
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

/** The English of every refusal message, to find a message from the English a service wrote: an
 * exact text, or a pattern for a message with simple `{name}` arguments ("Send up to {count} photos
 * with a message." matches "Send up to 10 photos with a message.", with count "10"). */
interface EnglishIndex {
  exact: Map<string, string>;
  patterns: Array<{ key: string; pattern: RegExp; names: string[] }>;
}
let index: EnglishIndex | null = null;

const SIMPLE_ARGUMENT = /\{(\w+)\}/g;

function englishIndex(): EnglishIndex {
  if (index) return index;
  index = { exact: new Map(), patterns: [] };
  const namespaces: Array<[string, Record<string, string>]> = [["refusals", en.refusals], ["errors.keyed", en.errors.keyed]];
  for (const [namespace, messages] of namespaces) {
    for (const [name, english] of Object.entries(messages)) {
      const key = `${namespace}.${name}`;
      if (!english.includes("{")) {
        index.exact.set(english, key);
        continue;
      }
      // Plural and select arguments cannot be read back from the English: those need a key.
      if (english.replace(SIMPLE_ARGUMENT, "").includes("{")) continue;
      const names = [...english.matchAll(SIMPLE_ARGUMENT)].map((match) => match[1]!);
      const source = english
        .split(SIMPLE_ARGUMENT)
        .map((piece, i) => (i % 2 ? "(.+?)" : piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&")))
        .join("");
      index.patterns.push({ key, pattern: new RegExp(`^${source}$`), names });
    }
  }
  return index;
}

/** `text` said in the speaker's language, when a refusal message reads so in English. */
function sayEnglish(speaker: Speaker, text: string): string | undefined {
  const { exact, patterns } = englishIndex();
  const key = exact.get(text);
  if (key) return speaker.say(key);
  for (const { key: patternKey, pattern, names } of patterns) {
    const match = pattern.exec(text);
    if (match) return speaker.say(patternKey, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])));
  }
  return undefined;
}

export function localizeFailure<F extends Failure>(failure: F, locale: Locale): F {
  if (locale === "en") return failure;
  const speaker = speakerFor(locale);
  // A key names a message in "errors.keyed" (also said in the browser) or "refusals" (server only).
  const keyed = failure.key ? [`errors.keyed.${failure.key}`, `refusals.${failure.key}`].find((key) => speaker.has(key)) : undefined;
  const specific = keyed ? speaker.say(keyed, failure.values) : sayEnglish(speaker, failure.message);
  const message = specific ?? speaker.say(`errors.byCode.${failure.code}`);
  const fieldText = (text: string) => (text === failure.message ? specific : sayEnglish(speaker, text)) ?? speaker.say("errors.checkField");
  const fields = failure.fields ? Object.fromEntries(Object.entries(failure.fields).map(([name, text]) => [name, fieldText(text)])) : undefined;
  return { ...failure, message, ...(fields ? { fields } : {}) };
}
