import { describe, expect, it } from "vitest";
import { parseDesignForm } from "@/lib/designs/parse-design-form";
import { designPricePerPiece as priceLabel } from "./design-price";
import { designFormText } from "./design-form-text";

describe("design text for the catalog", () => {
  it("labels prices per piece, and zero as on request", () => {
    expect(priceLabel(45_000)).toBe("Rs 450 / pc");
    expect(priceLabel(125_050)).toBe("Rs 1,250.50 / pc");
    expect(priceLabel(0)).toBe("Price on request");
  });

  it("turns details into form text that parses back to the same details", () => {
    const design = {
      code: "D-0142",
      title: "Bandhani Anarkali Kurti",
      pricePerPiecePaise: 45_005,
      setComposition: [
        { size: "S", ratio: 1 },
        { size: "M", ratio: 2 },
        { size: "XL", ratio: 1 },
      ],
      colours: ["Red", "Mustard yellow"],
      minimumSets: 3,
    };
    const text = designFormText({ ...design, hsnCode: "6104" });
    expect(text).toEqual({ code: "D-0142", title: "Bandhani Anarkali Kurti", price: "450.05", sizes: "S:1 M:2 XL:1", colours: "Red, Mustard yellow", minimumSets: "3", hsnCode: "6104" });
    expect(parseDesignForm(text)).toEqual({ ok: true, details: design });
  });

  it("leaves the price blank when it is on request", () => {
    expect(designFormText({ code: "D-1", title: "T", pricePerPiecePaise: 0, setComposition: [], colours: [], minimumSets: 1, hsnCode: null }).price).toBe("");
  });
});
