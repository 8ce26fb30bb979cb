// Refusals a zod rule writes as a template literal (`Send up to ${MAX} photos with a message.`)
// are said in the reader's language too: error-text.ts reads them back with a "refusals" message
// whose `{name}` arguments stand for the values ("Send up to {count} photos with a message.").
// A value that is an English word or phrase would reach Hindi and Gujarati readers untranslated,
// so those templates have one message without arguments per value instead.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ORDER_ACTIONS } from "@/lib/orders/order-transitions";
import { sourceFiles } from "@/tests/support/source-files";
import { localizeFailure } from "./error-text";
import en from "./messages/en.json";
import { speakerFor } from "./server-messages";

// A template literal given as a zod rule's message.
const TEMPLATE = /(?:message:\s*|\.(?:min|max|regex|length|refine|int|positive|nonnegative|gte|lte)\([^`"]*,\s*)`([^`]+)`/g;
const SCRIPT = { hi: /[\u0900-\u097F]/, gu: /[\u0A80-\u0AFF]/ };
const SAMPLE = "7";

// Not read back from their English: a developer-facing refusal (lib/push/subscribe-device.ts),
// and one said from its key (errors.keyed.decimalComma, lib/money-input.ts).
const SKIPPED = ["Not a base64url ${bytes}.", "A comma only groups thousands. For paise use a point: ${suggestion}."];


const sources = ["lib", "app"].flatMap((dir) => sourceFiles(dir, { skipDirs: ["i18n"] })).map((path) => ({ path, text: readFileSync(path, "utf8") }));

/** The template with each `${...}` (braces balanced) replaced by `value(expression)`. */
function fill(template: string, value: (expression: string) => string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("${", i)) {
      let depth = 1;
      let j = i + 2;
      for (; j < template.length && depth > 0; j++) {
        if (template[j] === "{") depth++;
        else if (template[j] === "}") depth--;
      }
      out += value(template.slice(i + 2, j - 1));
      i = j;
    } else out += template[i++];
  }
  return out;
}

// Templates whose value is an English word or phrase, with every value it takes in the code.
const reasonWords = [...new Set(sources.flatMap(({ text }) => [...text.matchAll(/reasonSchema\("([^"]+)"\)/g)].map((match) => match[1]!)))];
const WORD_VALUED: Record<string, string[]> = {
  "Say why the order is ${what}.": reasonWords,
  "Only the supplier can ${rule.whatOnlyMembersDo}.": Object.values(ORDER_ACTIONS).map((rule) => rule.whatOnlyMembersDo),
};

const templates = sources.flatMap(({ path, text }) => [...text.matchAll(TEMPLATE)].map((match) => ({ path, template: match[1]! })));

const SIMPLE_ARGUMENT = /\{(\w+)\}/g;
const refusalPatterns = Object.entries(en.refusals as Record<string, string>)
  .filter(([, english]) => english.includes("{") && !english.replace(SIMPLE_ARGUMENT, "").includes("{"))
  .map(([key, english]) => ({
    key,
    pattern: new RegExp(
      `^${english
        .split(SIMPLE_ARGUMENT)
        .map((piece, i) => (i % 2 ? "(.+?)" : piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("")}$`,
    ),
  }));
const parameterless = new Set(Object.values(en.refusals as Record<string, string>).filter((english) => !english.includes("{")));

describe("refusals written as template literals", () => {
  it("are still found in the services", () => {
    expect(templates.length).toBeGreaterThan(20);
    for (const skipped of SKIPPED) expect(templates.map(({ template }) => template)).toContain(skipped);
    for (const wordValued of Object.keys(WORD_VALUED)) expect(templates.map(({ template }) => template)).toContain(wordValued);
    expect(reasonWords.sort()).toEqual(["cancelled", "declined"]);
  });

  const withNumbers = templates.filter(({ template }) => !SKIPPED.includes(template) && !(template in WORD_VALUED));

  it("each has a refusals message with arguments that reads its English back", () => {
    const unmatched = withNumbers
      .map(({ path, template }) => ({ path, sample: fill(template, () => SAMPLE) }))
      .filter(({ sample }) => !refusalPatterns.some(({ pattern }) => pattern.test(sample)));
    expect(unmatched).toEqual([]);
  });

  it("is said in Hindi and Gujarati with its value", () => {
    for (const { template } of withNumbers) {
      const sample = fill(template, () => SAMPLE);
      for (const locale of ["hi", "gu"] as const) {
        const said = localizeFailure({ code: "INVALID", message: sample }, locale).message;
        expect(said, `${locale}: ${sample}`).not.toBe(speakerFor(locale).say("errors.byCode.INVALID"));
        expect(said, `${locale}: ${sample}`).toMatch(SCRIPT[locale]);
        expect(said, `${locale}: ${sample}`).toContain(SAMPLE);
      }
    }
  });

  it("has a message without arguments for each word a template can say", () => {
    const missing = Object.entries(WORD_VALUED).flatMap(([template, words]) => {
      expect(words.length, template).toBeGreaterThan(0);
      return words.map((word) => fill(template, () => word)).filter((english) => !parameterless.has(english));
    });
    expect(missing).toEqual([]);
    for (const english of Object.entries(WORD_VALUED).flatMap(([template, words]) => words.map((word) => fill(template, () => word)))) {
      for (const locale of ["hi", "gu"] as const) {
        const said = localizeFailure({ code: "FORBIDDEN", message: english }, locale).message;
        expect(said, `${locale}: ${english}`).not.toBe(speakerFor(locale).say("errors.byCode.FORBIDDEN"));
        expect(said, `${locale}: ${english}`).toMatch(SCRIPT[locale]);
      }
    }
  });
});
