import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  MAX_PAISE,
  checkMinimum,
  compositionLabel,
  computeLine,
  lineTotalPaise,
  pickPreview,
  pickSummary,
  orderSizePieces,
  piecesPerSet,
  sameSizePieces,
  readSetComposition,
  setCompositionSchema,
  sumLines,
  type SetComposition,
} from "./quantities";

const standard: SetComposition = [
  { size: "S", ratio: 1 },
  { size: "M", ratio: 2 },
  { size: "L", ratio: 2 },
  { size: "XL", ratio: 1 },
];
const kurti = { code: "D-0142", setComposition: standard, soldLoose: false, pricePerPiecePaise: 45_000, minimumSets: 2 };

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("set compositions", () => {
  it("accepts a normal set and labels it", () => {
    expect(setCompositionSchema.parse(standard)).toEqual(standard);
    expect(compositionLabel(standard)).toBe("S:1 M:2 L:2 XL:1 = 6 pcs");
    expect(piecesPerSet(standard)).toBe(6);
  });

  it("reads a design stored without sizes as free size, one piece a set, and refuses a malformed one", () => {
    expect(readSetComposition([], "D-0001")).toEqual([{ size: "Free size", ratio: 1 }]);
    expect(refusal(() => readSetComposition([{ size: "M", ratio: "two" }], "D-0001")).message).toBe("D-0001 has no valid sizes set up, so it can't be picked.");
  });

  it.each([
    [[], "A set needs at least one size."],
    [[{ size: "M", ratio: 1 }, { size: "m", ratio: 2 }], "Each size can appear only once in a set."],
    [[{ size: "M", ratio: 0 }], "Each size needs at least 1 piece in a set."],
    [[{ size: "M", ratio: 100 }], "At most 99 pieces of one size in a set."],
    [[{ size: "M", ratio: 1.5 }], "A set has whole pieces of each size."],
  ])("refuses %j", (composition, message) => {
    const result = setCompositionSchema.safeParse(composition);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe("per-size pieces read back from a database", () => {
  it("orders sizes as in the set and compares regardless of key order", () => {
    expect(Object.keys(orderSizePieces({ XL: 1, L: 2, FREE: 1, M: 4 }, standard))).toEqual(["M", "L", "XL", "FREE"]);
    expect(sameSizePieces({ M: 4, L: 2 }, { L: 2, M: 4 })).toBe(true);
    expect(sameSizePieces({ M: 4, L: 2 }, { M: 4, L: 3 })).toBe(false);
    expect(sameSizePieces({ M: 4 }, { M: 4, L: 0 })).toBe(false);
    expect(sameSizePieces(null, null)).toBe(true);
  });
});

describe("a line", () => {
  it("counts sets and prices them", () => {
    const line = computeLine(kurti, { sets: 3 });
    expect(line).toEqual({ sets: 3, sizePieces: null, pieces: 18, pricePerPiecePaise: 45_000, totalPaise: 810_000 });
    expect(pickSummary({ code: "D-0142", colour: "Red", ...line })).toBe("D-0142 Red, 3 sets = 18 pcs, Rs 8,100");
    expect(pickPreview({ code: "D-0142", colour: "Red", ...line })).toBe("Picked D-0142 Red, 3 sets");
  });

  it("counts loose pieces per size in the set's size order, dropping empty sizes", () => {
    const loose = { ...kurti, soldLoose: true };
    const line = computeLine(loose, { sizePieces: { l: 2, M: 4, XL: 0 } });
    expect(line).toEqual({ sets: null, sizePieces: { M: 4, L: 2 }, pieces: 6, pricePerPiecePaise: 45_000, totalPaise: 270_000 });
    expect(pickSummary({ code: "D-0142", colour: null, ...line })).toBe("D-0142, M:4 L:2 = 6 pcs, Rs 2,700");
    expect(pickPreview({ code: "D-0142", colour: null, ...line })).toBe("Picked D-0142, 6 pcs");
  });

  it("refuses sizes the design does not have, empty loose picks and the wrong mode", () => {
    const loose = { ...kurti, soldLoose: true };
    expect(refusal(() => computeLine(loose, { sizePieces: { XXL: 2 } })).message).toBe("D-0142 has no size XXL. Choose from S, M, L, XL.");
    expect(refusal(() => computeLine(loose, { sizePieces: { M: 0 } })).message).toBe("Enter pieces for at least one size of D-0142.");
    expect(refusal(() => computeLine(loose, { sets: 2 })).message).toBe("D-0142 is sold loose: enter pieces per size.");
    expect(refusal(() => computeLine(kurti, { sizePieces: { M: 2 } })).message).toBe("D-0142 is sold in sets: choose a number of sets.");
  });

  it("enforces the minimum in sets, and in the pieces of that many sets when loose", () => {
    expect(refusal(() => checkMinimum(kurti, computeLine(kurti, { sets: 1 }))).message).toBe("D-0142 needs at least 2 sets.");
    expect(() => checkMinimum(kurti, computeLine(kurti, { sets: 2 }))).not.toThrow();
    const loose = { ...kurti, soldLoose: true };
    expect(refusal(() => checkMinimum(loose, computeLine(loose, { sizePieces: { M: 11 } }))).message).toBe("D-0142 needs at least 12 pcs.");
    expect(() => checkMinimum(loose, computeLine(loose, { sizePieces: { M: 12 } }))).not.toThrow();
  });

  it("refuses totals a money column cannot hold, with a clear message", () => {
    expect(lineTotalPaise(1, MAX_PAISE)).toBe(MAX_PAISE);
    expect(refusal(() => lineTotalPaise(2, MAX_PAISE)).message).toMatch(/more than Rs 2,14,74,836.47 in one order/);
    expect(refusal(() => lineTotalPaise(Number.MAX_SAFE_INTEGER, 2)).code).toBe("INVALID");
    expect(refusal(() => computeLine({ ...kurti, pricePerPiecePaise: 100_000_000 }, { sets: 10_000 })).code).toBe("INVALID");
    expect(refusal(() => sumLines([{ pieces: 1, totalPaise: MAX_PAISE }, { pieces: 1, totalPaise: 1 }])).code).toBe("INVALID");
  });
});

// Ranges of real wholesale lines (up to 8 sizes, 12 of a size per set, 40 sets, Rs 2,500 a
// piece), so a single line stays inside a money column; overflow has its own property below.
const sizeNames = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "FREE", "28", "30", "32"];
const composition = fc
  .uniqueArray(fc.constantFrom(...sizeNames), { minLength: 1, maxLength: 8 })
  .chain((sizes) => fc.tuple(...sizes.map((size) => fc.integer({ min: 1, max: 12 }).map((ratio) => ({ size, ratio })))));
const price = fc.integer({ min: 0, max: 250_000 });
const sets = fc.integer({ min: 1, max: 40 });

describe("totals (property-based)", () => {
  it("a set line is sets × pieces per set × price, an integer, and equals the same pieces bought loose", () => {
    fc.assert(
      fc.property(composition, sets, price, (sizes, n, paise) => {
        const design = { code: "D-1", setComposition: sizes, soldLoose: false, pricePerPiecePaise: paise };
        const inSets = computeLine(design, { sets: n });
        const equivalent = Object.fromEntries(sizes.map((s) => [s.size, s.ratio * n]));
        const loose = computeLine({ ...design, soldLoose: true }, { sizePieces: equivalent });
        expect(Number.isSafeInteger(inSets.totalPaise)).toBe(true);
        expect(inSets.pieces).toBe(n * sizes.reduce((sum, s) => sum + s.ratio, 0));
        expect(inSets.totalPaise).toBe(inSets.pieces * paise);
        expect(loose.pieces).toBe(inSets.pieces);
        expect(loose.totalPaise).toBe(inSets.totalPaise);
      }),
    );
  });

  it("a loose line's total is the sum of its sizes' totals", () => {
    fc.assert(
      fc.property(
        composition.chain((sizes) => fc.tuple(fc.constant(sizes), fc.tuple(...sizes.map(() => fc.integer({ min: 0, max: 1_000 }))))),
        price,
        ([sizes, counts], paise) => {
          fc.pre(counts.some((c) => c > 0));
          const design = { code: "D-1", setComposition: sizes, soldLoose: true, pricePerPiecePaise: paise };
          const line = computeLine(design, { sizePieces: Object.fromEntries(sizes.map((s, i) => [s.size, counts[i]!])) });
          const perSize = sizes.map((s, i) => (counts[i]! > 0 ? computeLine(design, { sizePieces: { [s.size]: counts[i]! } }).totalPaise : 0));
          expect(line.totalPaise).toBe(perSize.reduce((a, b) => a + b, 0));
          expect(line.pieces).toBe(counts.reduce((a, b) => a + b, 0));
          expect(Number.isInteger(line.totalPaise)).toBe(true);
        },
      ),
    );
  });

  it("an order's total is the sum of its lines, whatever mix of sets and loose lines", () => {
    const line = fc.tuple(composition, sets, price, fc.boolean());
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (specs) => {
        const lines = specs.map(([sizes, n, paise, loose]) => {
          const design = { code: "D-1", setComposition: sizes, soldLoose: loose, pricePerPiecePaise: paise };
          return loose ? computeLine(design, { sizePieces: Object.fromEntries(sizes.map((s) => [s.size, s.ratio * n])) }) : computeLine(design, { sets: n });
        });
        const expected = lines.reduce((total, l) => total + l.pieces * l.pricePerPiecePaise, 0);
        if (expected > MAX_PAISE) {
          expect(refusal(() => sumLines(lines)).code).toBe("INVALID");
          return;
        }
        const sum = sumLines(lines);
        expect(sum.totalPaise).toBe(expected);
        expect(sum.pieces).toBe(lines.reduce((total, l) => total + l.pieces, 0));
        expect(Number.isSafeInteger(sum.totalPaise)).toBe(true);
      }),
    );
  });

  it("either gives an exact integer total within a money column, or refuses with INVALID", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }), (pieces, paise) => {
        try {
          const total = lineTotalPaise(pieces, paise);
          expect(total).toBe(pieces * paise);
          expect(total).toBeLessThanOrEqual(MAX_PAISE);
        } catch (error) {
          expect((error as AppError).code).toBe("INVALID");
          expect(pieces * paise).toBeGreaterThan(MAX_PAISE);
        }
      }),
    );
  });
});
