// A design posted without sizes is sold free size: it reads "Free size", not "Free size:1".
import { describe, expect, it } from "vitest";
import { compositionLabel, FREE_SIZE_SET, pickSummary, quantityLabel } from "./quantities";

describe("a free-size design", () => {
  it("reads Free size in the pick sheet", () => {
    expect(compositionLabel(FREE_SIZE_SET)).toBe("Free size");
  });

  it("reads as pieces on a pick or order line", () => {
    expect(quantityLabel({ sets: null, sizePieces: { "Free size": 5 }, pieces: 5 })).toBe("5 pcs");
    expect(quantityLabel({ sets: 3, sizePieces: null, pieces: 3 })).toBe("3 sets = 3 pcs");
    expect(pickSummary({ code: "D-0009", colour: "White", sets: null, sizePieces: { "Free size": 5 }, pieces: 5, totalPaise: 147_500 })).toBe("D-0009 White, 5 pcs, Rs 1,475");
  });
});
