// The three message files must say the same things: the same keys, each message valid ICU with
// the same arguments, and Hindi and Gujarati actually written in their scripts (an English
// sentence copied into hi.json is a missing translation, not a translation).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import gu from "./messages/gu.json";
import hi from "./messages/hi.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names a message uses ({name}, {count, plural, ...}), its literal text, and
 * whether a plural writes its number as ICU's #. */
function readMessage(message: string): { args: Set<string>; literal: string; usesPound: boolean } {
  const args = new Set<string>();
  let literal = "";
  let usesPound = false;
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) literal += element.value;
      else if (element.type === TYPE.pound) usesPound = true;
      else if (element.type === TYPE.tag) {
        args.add(`<${element.value}>`);
        walk(element.children);
      } else {
        args.add(element.value);
        if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
      }
      literal += " ";
    }
  };
  walk(parse(message));
  return { args, literal, usesPound };
}

const english = flatten(en as Tree);
const translations = { hi: flatten(hi as Tree), gu: flatten(gu as Tree) };
/** Words that stay in Latin letters in every language: names of things, not sentences. */
const KEPT_WORDS = /\b(Chatalog|UPI|GSTIN|GST|HSN|LR|PDF|CSV|QR|ID|Rs|START|STOP|IGST|CGST|SGST|SKU|OK|KB|MB|WebP|JPEG|PNG|English|e-way|IFSC|PAN|URL|Surat)\b/g;
const SCRIPT = { hi: /[\u0900-\u097F]/, gu: /[\u0A80-\u0AFF]/ };

describe("message files", () => {
  it("every English message is valid ICU", () => {
    for (const [key, message] of english) expect(() => readMessage(message), key).not.toThrow();
  });

  // A plural writes its number as {count}, not as #: ICU's # formats the number with
  // Intl.NumberFormat, and the first one a page makes costs the browser 25-50 ms while ICU loads
  // (lib/i18n/calendar-names.ts). Counts that can reach thousands come in already grouped.
  it("no plural in any language formats its number with #", () => {
    const withPound = [english, translations.hi, translations.gu].flatMap((messages) => [...messages].filter(([, message]) => readMessage(message).usesPound).map(([key]) => key));
    expect(withPound).toEqual([]);
  });

  for (const [locale, messages] of Object.entries(translations) as [keyof typeof translations, Map<string, string>][]) {
    describe(locale, () => {
      it("has exactly the English keys", () => {
        expect([...messages.keys()].filter((key) => !english.has(key)), "keys English lacks").toEqual([]);
        expect([...english.keys()].filter((key) => !messages.has(key)), "keys missing").toEqual([]);
      });

      it("uses the same arguments as English in every message", () => {
        const differing = [...english].flatMap(([key, message]) => {
          const translated = messages.get(key);
          if (translated === undefined) return [];
          const want = [...readMessage(message).args].sort();
          const got = [...readMessage(translated).args].sort();
          return JSON.stringify(want) === JSON.stringify(got) ? [] : [`${key}: ${want.join(",")} vs ${got.join(",")}`];
        });
        expect(differing).toEqual([]);
      });

      it("is written in its own script wherever the English has words", () => {
        const untranslated = [...messages].flatMap(([key, message]) => {
          const words = readMessage(message).literal.replace(KEPT_WORDS, "");
          return /[A-Za-z]{2,}/.test(words) && !SCRIPT[locale].test(words) ? [`${key}: ${message}`] : [];
        });
        expect(untranslated).toEqual([]);
      });
    });
  }
});
