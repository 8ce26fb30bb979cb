// Refusals written with values (a design code, a count, an amount) carry a key and the values, so
// Hindi and Gujarati readers get them in their language. The English message under that key must
// say, with the same values, exactly what the service writes: English readers keep those words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentTooLarge } from "@/lib/documents/inspect-pdf";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { FREE_SIZE_SET, MAX_PAISE, checkMinimum, computeLine, lineTotalPaise, readSetComposition, type QuantityLine, type SetComposition } from "@/lib/orders/quantities";
import { processPhoto } from "@/lib/photos/process-photo";
import { resolveColour, type PickDesign } from "@/lib/picks/pick-rules";
import { sourceFiles } from "@/tests/support/source-files";
import { localizeFailure } from "./error-text";
import en from "./messages/en.json";
import { speakerFor } from "./server-messages";

const SCRIPT = { hi: /[\u0900-\u097F]/, gu: /[\u0A80-\u0AFF]/ };

const standard: SetComposition = [
  { size: "S", ratio: 1 },
  { size: "M", ratio: 2 },
  { size: "L", ratio: 2 },
  { size: "XL", ratio: 1 },
];
const kurti = { code: "D-0142", setComposition: standard, soldLoose: false, pricePerPiecePaise: 45_000, minimumSets: 2 };
const loose = { ...kurti, soldLoose: true };
const design: PickDesign = {
  id: "d1",
  code: "D-0142",
  title: "Bandhani Anarkali Kurti",
  pricePerPiecePaise: 45_000,
  setComposition: standard,
  soldLoose: false,
  colours: ["Red", "Mustard"],
  minimumSets: 2,
  archivedAt: null,
};

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

async function refusalOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function line(sets: number | null, pieces: number): QuantityLine {
  return { sets, sizePieces: sets === null ? { M: pieces } : null, pieces, pricePerPiecePaise: 45_000, totalPaise: pieces * 45_000 };
}

/** The refusal's English is the service's, its key's English says the same, and Hindi and
 * Gujarati readers get their script with every value shown (not `count`, which only picks the
 * plural form; `n` shows it). */
function expectSaid(error: AppError, english: string): void {
  expect(error.message).toBe(english);
  expect(error.key, english).toBeDefined();
  expect(speakerFor("en").has(`refusals.${error.key}`), error.key).toBe(true);
  expect(speakerFor("en").say(`refusals.${error.key}`, error.values)).toBe(english);
  const failure = { code: error.code, message: error.message, key: error.key, values: error.values };
  expect(localizeFailure(failure, "en").message).toBe(english);
  for (const locale of ["hi", "gu"] as const) {
    const said = localizeFailure(failure, locale).message;
    expect(said, `${locale}: ${error.key}`).toMatch(SCRIPT[locale]);
    expect(said).not.toBe(speakerFor(locale).say(`errors.byCode.${error.code}`));
    for (const [name, value] of Object.entries(error.values ?? {})) if (name !== "count") expect(said, `${locale}: ${error.key}`).toContain(String(value));
  }
}

describe("keyed refusals of picks and quantities, as the services write them", () => {
  it("colours", () => {
    expectSaid(
      refusal(() => resolveColour({ ...design, colours: [] }, "Red")),
      "D-0142 has no colour choices.",
    );
    expectSaid(
      refusal(() => resolveColour(design, "Green")),
      "D-0142 comes in Red, Mustard, not Green.",
    );
  });

  it("sizes and how a design is sold", () => {
    expectSaid(
      refusal(() => readSetComposition([{ size: "M", ratio: "two" }], "D-0001")),
      "D-0001 has no valid sizes set up, so it can't be picked.",
    );
    expectSaid(
      refusal(() => computeLine(loose, { sizePieces: { XXL: 2 } })),
      "D-0142 has no size XXL. Choose from S, M, L, XL.",
    );
    expectSaid(
      refusal(() => computeLine(loose, { sizePieces: { M: 0 } })),
      "Enter pieces for at least one size of D-0142.",
    );
    expectSaid(
      refusal(() => computeLine(loose, { sets: 2 })),
      "D-0142 is sold loose: enter pieces per size.",
    );
    expectSaid(
      refusal(() => computeLine(kurti, { sizePieces: { M: 2 } })),
      "D-0142 is sold in sets: choose a number of sets.",
    );
  });

  it("minimums, one and many, with the grouping piecesLabel and setsLabel write", () => {
    expectSaid(
      refusal(() => checkMinimum(kurti, line(1, 6))),
      "D-0142 needs at least 2 sets.",
    );
    expectSaid(
      refusal(() => checkMinimum({ ...kurti, minimumSets: 1 }, line(0, 0))),
      "D-0142 needs at least 1 set.",
    );
    expectSaid(
      refusal(() => checkMinimum({ ...kurti, minimumSets: 150_000 }, line(2, 12))),
      "D-0142 needs at least 1,50,000 sets.",
    );
    expectSaid(
      refusal(() => checkMinimum(loose, line(null, 11))),
      "D-0142 needs at least 12 pcs.",
    );
    expectSaid(
      refusal(() => checkMinimum({ ...loose, setComposition: FREE_SIZE_SET, minimumSets: 1 }, line(null, 0))),
      "D-0142 needs at least 1 pc.",
    );
    expectSaid(
      refusal(() => checkMinimum({ ...loose, minimumSets: 20_000 }, line(null, 12))),
      "D-0142 needs at least 1,20,000 pcs.",
    );
  });

  it("Hindi and Gujarati choose their own plural wording", () => {
    const one = refusal(() => checkMinimum({ ...kurti, minimumSets: 1 }, line(0, 0)));
    const two = refusal(() => checkMinimum(kurti, line(1, 6)));
    const say = (error: AppError, locale: "hi" | "gu") => localizeFailure({ code: error.code, message: error.message, key: error.key, values: error.values }, locale).message;
    expect(say(one, "hi")).toBe("D-0142 के कम से कम 1 सेट लेना होगा।");
    expect(say(two, "hi")).toBe("D-0142 के कम से कम 2 सेट लेने होंगे।");
    expect(say(one, "gu")).toBe("D-0142 ના ઓછામાં ઓછો 1 સેટ લેવો પડશે.");
    expect(say(two, "gu")).toBe("D-0142 ના ઓછામાં ઓછા 2 સેટ લેવા પડશે.");
  });

  it("an order too large for a money column, with the amount preformatted", () => {
    expect(MAX_PAISE).toBe(2_147_483_647);
    expectSaid(
      refusal(() => lineTotalPaise(2, MAX_PAISE)),
      "That is more than Rs 2,14,74,836.47 in one order. Split it into smaller orders.",
    );
  });
});

describe("keyed refusals of files", () => {
  it("a PDF or a photo over the limit", async () => {
    expectSaid(documentTooLarge(), "This PDF is too large. The limit is 20 MB.");
    expectSaid(await refusalOf(processPhoto(Buffer.alloc(15 * 1024 * 1024 + 1))), "This photo is too large (15.1 MB). The limit is 15 MB.");
  });
});

describe("keyed refusals of the services that need a database, as their English is written", () => {
  // The English each service's template literal gives for these values.
  const written: Array<[AppErrorCode, string, Record<string, string | number>, string]> = [
    ["CONFLICT", "orderChangedMeanwhile", { number: "1042" }, "Order #1042 was just changed by someone else. Refresh and try again."],
    ["INVALID", "orderedInSets", { code: "D-0142" }, "D-0142 was ordered in sets: change the number of sets."],
    ["INVALID", "orderedLoose", { code: "D-0142" }, "D-0142 was ordered loose: change the pieces per size."],
    ["RATE_LIMITED", "tooManyWrongPasswords", { minutes: 1 }, "Too many wrong passwords. Try again in 1 minute."],
    ["RATE_LIMITED", "tooManyWrongPasswords", { minutes: 15 }, "Too many wrong passwords. Try again in 15 minutes."],
    ["CONFLICT", "codeTaken", { code: "D-0143" }, "The code D-0143 is already used by another design."],
    ["CONFLICT", "codeTakenChooseAnother", { code: "D-0143" }, "The code D-0143 is already used by another design. Choose another code or leave it blank."],
    ["CONFLICT", "quickReplyLimit", { max: 100 }, "A business can keep up to 100 quick replies. Remove one you no longer send first."],
    ["CONFLICT", "quickReplyTitleTaken", { title: "Bank details" }, "There is already a quick reply called “Bank details”. Change that one, or choose another title."],
    ["CONFLICT", "labelLimit", { max: 50 }, "A business can keep up to 50 labels. Remove one you no longer use first."],
    ["CONFLICT", "labelNameTaken", { name: "VIP" }, "There is already a label called “VIP”."],
    ["FORBIDDEN", "onlyBuyerInvitesColleagues", { name: "Meena Fashions" }, "Only Meena Fashions can invite colleagues to the shop's chats."],
    ["FORBIDDEN", "onlyBuyerRemovesColleagues", { name: "Meena Fashions" }, "Only Meena Fashions can remove colleagues."],
    ["CONFLICT", "memberNotBuyer", { business: "Surat Silk House" }, "You are a member of Surat Silk House. This link is for a buyer: share it with them."],
    ["CONFLICT", "alreadyMember", { business: "Surat Silk House" }, "You are already a member of Surat Silk House."],
    ["CONFLICT", "memberNotStaff", { business: "Surat Silk House", name: "Meena" }, "You are a member of Surat Silk House. This link is for Meena's shop staff."],
    ["INVALID", "designArchived", { code: "D-0142" }, "D-0142 is archived. Restore it in the catalog before sending it."],
    ["TOO_LARGE", "photoTooLarge", { limit: 15 }, "This photo is too large. The limit is 15 MB."],
    ["TOO_LARGE", "photoTooManyPixels", { width: "30000", height: "30000", limit: 40 }, "This photo is too big (30000 × 30000 pixels). The limit is 40 megapixels."],
  ];

  it.each(written)("%s %s", (code, key, values, english) => {
    expectSaid(new AppError(code, english, { key, values }), english);
  });
});

describe("every key a service gives", () => {
  // Each `new AppError(...)` call up to the end of its statement.
  const calls = ["lib", "app"].flatMap((dir) => sourceFiles(dir)).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    return [...text.matchAll(/new AppError\([\s\S]*?\);/g)].map((match) => ({ path, call: match[0] }));
  });

  it("names a message", () => {
    const keys = calls.flatMap(({ path, call }) => [...call.matchAll(/\bkey: "(\w+)"/g)].map((match) => ({ path, key: match[1]! })));
    expect(keys.length).toBeGreaterThan(25);
    const known = new Set([...Object.keys(en.refusals), ...Object.keys(en.errors.keyed)]);
    expect(keys.filter(({ key }) => !known.has(key))).toEqual([]);
  });

  it("is given with every refusal written from values, but those whose values are English words", () => {
    // notFound's `what` ("Order"), auth-rate-limits' `what` ("login attempts") and a body
    // limit's `what` are English nouns: those refusals are said by their code.
    const englishNouns = /\$\{what\}|\$\{limit\.what\}/;
    const unkeyed = calls.filter(({ call }) => /new AppError\(\s*"[A-Z_]+",\s*`/.test(call) && !englishNouns.test(call) && !/\bkey: "/.test(call));
    expect(unkeyed).toEqual([]);
  });
});
