import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { pickLine, resolveColour, type PickDesign } from "./pick-rules";

const design: PickDesign = {
  id: "d1",
  code: "D-0142",
  title: "Bandhani Anarkali Kurti",
  pricePerPiecePaise: 45_000,
  setComposition: [{ size: "S", ratio: 1 }, { size: "M", ratio: 2 }, { size: "L", ratio: 2 }, { size: "XL", ratio: 1 }],
  soldLoose: false,
  colours: ["Red", "Mustard"],
  minimumSets: 2,
  archivedAt: null,
};

function message(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected a refusal");
}

describe("pick rules", () => {
  it("takes the design's spelling of a colour and refuses others", () => {
    expect(resolveColour(design, " mustard ")).toBe("Mustard");
    expect(message(() => resolveColour(design, "Green"))).toBe("D-0142 comes in Red, Mustard, not Green.");
    expect(message(() => resolveColour(design, ""))).toBe("Choose a colour for D-0142: Red, Mustard.");
    expect(resolveColour({ ...design, colours: [] }, null)).toBeNull();
    expect(message(() => resolveColour({ ...design, colours: [] }, "Red"))).toBe("D-0142 has no colour choices.");
  });

  it("prices a new pick at the design's price, a changed one at the pick's, and enforces the minimum", () => {
    expect(pickLine(design, { sets: 2 }).totalPaise).toBe(12 * 45_000);
    expect(pickLine(design, { sets: 2 }, 40_000).totalPaise).toBe(12 * 40_000);
    expect(message(() => pickLine(design, { sets: 1 }))).toBe("D-0142 needs at least 2 sets.");
  });

  it("sells a design stored without sizes one piece a set", () => {
    expect(pickLine({ ...design, setComposition: [], minimumSets: 1 }, { sets: 5 })).toMatchObject({ sets: 5, pieces: 5, totalPaise: 225_000 });
  });
});
