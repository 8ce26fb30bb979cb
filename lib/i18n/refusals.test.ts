// Every refusal a service writes in English is said in the reader's language: each sentence given
// to an AppError or a zod rule in lib/ and app/ must be a message without values in "refusals" or
// "errors.keyed" (error-text.ts looks the English up). A new refusal without its Hindi and
// Gujarati fails here; messages.test.ts checks that all three languages have every key.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/tests/support/source-files";
import { localizeFailure } from "./error-text";
import en from "./messages/en.json";

const SENTENCE = /"([A-Z][^"\\\n]{6,200}?[.?!])"/g;
// What stands just before a sentence that a person is shown as a refusal.
const REFUSAL_CONTEXT =
  /(AppError\([^)]*$|message:\s*$|\.(min|max|regex|length|refine|int|positive|nonnegative|superRefine|email|url|startsWith|endsWith|nonempty|gte|lte|lt|gt|multipleOf)\([^"]*,\s*$|z\.\w+\(\s*$|error:\s*$)/;
// Said only in the browser (lib/i18n/client-notices.ts has it in every language).
const BROWSER_ONLY = new Set(["No connection."]);


function refusalsIn(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(SENTENCE)].filter((match) => REFUSAL_CONTEXT.test(text.slice(Math.max(0, match.index - 120), match.index))).map((match) => match[1]!);
}

describe("refusals in every language", () => {
  const known = new Set([...Object.values(en.refusals), ...Object.values(en.errors.keyed)]);

  it("has a message for each refusal written in the services", () => {
    const refusals = ["lib", "app"].flatMap((dir) => sourceFiles(dir, { skipDirs: ["i18n"] })).flatMap((path) => refusalsIn(path).map((text) => ({ path, text })));
    expect(refusals.length).toBeGreaterThan(150); // the scan still finds them
    expect(refusals.filter(({ text }) => !known.has(text) && !BROWSER_ONLY.has(text))).toEqual([]);
  });

  it("says an unkeyed refusal and its fields from their English", () => {
    const said = localizeFailure({ code: "INVALID", message: "Enter the LR number.", fields: { lrNumber: "Enter the LR number.", parcels: "At most 999 parcels." } }, "hi");
    const generic = localizeFailure({ code: "INVALID", message: "not a message" }, "hi").message;
    expect(said.message).not.toBe(generic);
    expect(said.message).toMatch(/LR/);
    expect(said.message).toMatch(/[\u0900-\u097F]/);
    expect(said.fields!.parcels).toMatch(/999/);
    expect(said.fields!.parcels).toMatch(/[\u0900-\u097F]/);
  });
});
