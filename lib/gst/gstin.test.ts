import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  gstinCheckCharacter,
  gstinProblem,
  gstinSchema,
  normalizeGstin,
  optionalGstinSchema,
  stateCodeOfGstin,
} from "./gstin";
import { GST_STATES } from "./states";

// A GSTIN published by GSTN and others as an example of a valid one.
const PUBLISHED = "27AAPFU0939F1ZV";
const CHECK_MESSAGE = "The last character of this GSTIN is wrong: check it for a typing mistake.";
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("gstinProblem", () => {
  it("accepts the published example", () => {
    expect(gstinCheckCharacter(PUBLISHED.slice(0, 14))).toBe("V");
    expect(gstinProblem(PUBLISHED)).toBeNull();
  });

  it("refuses a wrong last character with the check message", () => {
    expect(gstinProblem("27AAPFU0939F1ZW")).toBe(CHECK_MESSAGE);
    expect(gstinProblem("27AAPFU0939F1Z0")).toBe(CHECK_MESSAGE);
  });

  it("catches a single mistyped character in the middle", () => {
    expect(gstinProblem("27AAPFU0938F1ZV")).toBe(CHECK_MESSAGE);
  });

  it.each([
    ["", "Enter the GSTIN."],
    ["27AAPFU0939F1Z", "A GSTIN has 15 characters: 2 digits for the state, the 10-character PAN, then 3 more."],
    ["27AAPFU0939F1ZVV", "A GSTIN has 15 characters: 2 digits for the state, the 10-character PAN, then 3 more."],
    ["2XAAPFU0939F1ZV", "A GSTIN starts with the 2-digit state code, like 27 for Maharashtra."],
    ["27AAPF00939F1ZV", "Characters 3 to 12 of a GSTIN are the PAN: 5 letters, 4 digits, then a letter."],
    ["27AAPFU093AF1ZV", "Characters 3 to 12 of a GSTIN are the PAN: 5 letters, 4 digits, then a letter."],
    ["27AAPFU0939F0ZV", "The 13th character of a GSTIN is a digit from 1 to 9 or a letter."],
    ["27AAPFU0939F1YV", "The 14th character of a GSTIN is the letter Z."],
    ["27AAPFU0939F1Z-", "The last character of a GSTIN is a letter or a digit."],
    ["99AAPFU0939F1ZV", "No state has the code 99: check the first 2 digits of the GSTIN."],
    ["25AAPFU0939F1ZV", "No state has the code 25: check the first 2 digits of the GSTIN."],
    ["27aapfu0939f1zv", "Characters 3 to 12 of a GSTIN are the PAN: 5 letters, 4 digits, then a letter."],
  ])("%s → %s", (value, message) => expect(gstinProblem(value)).toBe(message));
});

describe("normalizeGstin and gstinSchema", () => {
  it("removes spaces and uppercases", () => expect(normalizeGstin("  27 aapfu 0939f 1zv ")).toBe(PUBLISHED));

  it("accepts lowercase with spaces and gives the stored form", () => {
    expect(gstinSchema.parse(" 27aapfu0939f1zv ")).toBe(PUBLISHED);
    expect(gstinSchema.parse("27 AAPFU 0939 F1ZV")).toBe(PUBLISHED);
  });

  it("refuses with the person's message", () => {
    const result = gstinSchema.safeParse("27aapfu0939f1zw");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(CHECK_MESSAGE);
  });

  it("asks for a GSTIN when there is none", () => {
    expect(gstinSchema.safeParse("").error?.issues[0]?.message).toBe("Enter the GSTIN.");
    expect(gstinSchema.safeParse(undefined).error?.issues[0]?.message).toBe("Enter the GSTIN.");
  });
});

describe("optionalGstinSchema", () => {
  it.each([[""], ["   "], [undefined], [null]])("%j is no GSTIN", (value) => expect(optionalGstinSchema.parse(value)).toBeNull());

  it("checks a GSTIN that is there", () => {
    expect(optionalGstinSchema.parse("27aapfu0939f1zv")).toBe(PUBLISHED);
    expect(optionalGstinSchema.safeParse("27AAPFU0939F1ZW").error?.issues[0]?.message).toBe(CHECK_MESSAGE);
  });
});

describe("stateCodeOfGstin", () => {
  it("reads the state", () => expect(stateCodeOfGstin(PUBLISHED)).toBe("27"));
  it("refuses an unchecked GSTIN", () => expect(() => stateCodeOfGstin("27AAPFU0939F1ZW")).toThrow());
});

describe("check character (property)", () => {
  const character = (set: string) => fc.constantFrom(...set.split(""));
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const first14 = fc
    .tuple(
      fc.constantFrom(...GST_STATES.map((state) => state.code)),
      fc.array(character(letters), { minLength: 5, maxLength: 5 }),
      fc.array(character("0123456789"), { minLength: 4, maxLength: 4 }),
      character(letters),
      character("123456789" + letters),
    )
    .map(([state, panLetters, panDigits, panLast, entity]) => `${state}${panLetters.join("")}${panDigits.join("")}${panLast}${entity}Z`);

  it("appending the check character gives a valid GSTIN; any other last character is refused", () => {
    fc.assert(
      fc.property(first14, (start) => {
        const check = gstinCheckCharacter(start);
        expect(gstinProblem(start + check)).toBeNull();
        const refused = ALPHABET.split("").filter((last) => gstinProblem(start + last) === CHECK_MESSAGE);
        expect(refused).toHaveLength(35);
        expect(refused).not.toContain(check);
      }),
      { numRuns: 500 },
    );
  });
});
