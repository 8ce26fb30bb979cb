// The app's words in another language, for specs written in English: say("Post 3 designs",
// { count: 3 }) finds the English message that reads so and returns the same message in the
// page's language, straight from lib/i18n/messages. A spec thus reads like the English ones and
// breaks if a screen shows words that are not in the messages files.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { readFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };

// Read as files: Playwright's loader does not take JSON modules.
const messagesOf = (locale: string): Tree => JSON.parse(readFileSync(path.resolve("lib/i18n/messages", `${locale}.json`), "utf8")) as Tree;
const en = messagesOf("en");
const hi = messagesOf("hi");
const gu = messagesOf("gu");
type Values = Record<string, string | number>;
/** The values of a message's arguments, in the order they appear in its English. */
type Args = (string | number)[];
export type SpokenLocale = "hi" | "gu";

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`)));
}

const allKeys = keysOf(en);
/** Trying every message with the given values fails for most of them: that is how the search works. */
const quiet = () => undefined;
const translators = {
  en: createTranslator({ locale: "en", messages: en, onError: quiet }),
  hi: createTranslator({ locale: "hi", messages: hi, onError: quiet }),
  gu: createTranslator({ locale: "gu", messages: gu, onError: quiet }),
};
type Say = (key: string, values?: Values) => string;
const format = (locale: keyof typeof translators): Say => translators[locale] as unknown as Say;

function argNames(message: string): string[] {
  const names: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      if (!names.includes(element.value)) names.push(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return names;
}

const englishOf = new Map(allKeys.map((key) => [key, key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, en) as string]));

/** The message (key and named values) whose English, given `args` in order, reads `english`. */
export function find(english: string, args: Args = []): { key: string; values: Values } {
  for (const key of allKeys) {
    const names = argNames(englishOf.get(key)!);
    if (names.length !== args.length) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, args[index]!]));
    try {
      if (format("en")(key, values) === english) return { key, values };
    } catch {
      // a select or plural that these values do not fit
    }
  }
  throw new Error(`No message reads "${english}" in English with ${JSON.stringify(args)}`);
}

/** say("Post 3 designs", 3): the same message in `locale`. */
export function sayIn(locale: SpokenLocale): (english: string, ...args: Args) => string {
  return (english, ...args) => {
    const { key, values } = find(english, args);
    return format(locale)(key, values);
  };
}
