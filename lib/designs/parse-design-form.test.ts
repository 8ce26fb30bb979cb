import { describe, expect, it } from "vitest";
import { parseDesignForm, parseRupeesToPaise, parseSetComposition } from "./parse-design-form";

describe("reading a supplier's typing", () => {
  it("reads prices in rupees as integer paise", () => {
    expect(parseRupeesToPaise("450")).toBe(45_000);
    expect(parseRupeesToPaise("Rs 1,250.5")).toBe(125_050);
    expect(parseRupeesToPaise("₹ 99.99")).toBe(9_999);
    expect(parseRupeesToPaise("12.345")).toBeNull();
    expect(parseRupeesToPaise("-5")).toBeNull();
    expect(parseRupeesToPaise("abc")).toBeNull();
  });

  it("reads set compositions the ways people write them", () => {
    expect(parseSetComposition("S:1 M:2 L:2 XL:1")).toEqual([
      { size: "S", ratio: 1 },
      { size: "M", ratio: 2 },
      { size: "L", ratio: 2 },
      { size: "XL", ratio: 1 },
    ]);
    expect(parseSetComposition("m-2, l-2")).toEqual([
      { size: "M", ratio: 2 },
      { size: "L", ratio: 2 },
    ]);
    expect(parseSetComposition("38:2 40:2")).toEqual([
      { size: "38", ratio: 2 },
      { size: "40", ratio: 2 },
    ]);
    expect(parseSetComposition("S M L")).toEqual([
      { size: "S", ratio: 1 },
      { size: "M", ratio: 1 },
      { size: "L", ratio: 1 },
    ]);
    expect(parseSetComposition("S:1 M:?")).toBeNull();
  });

  it("leaves blanks unset and names the field of a mistake", () => {
    expect(parseDesignForm({ title: "  ", price: "" })).toEqual({ ok: true, details: {} });
    expect(parseDesignForm({ code: "d-0200", price: "450", colours: "Red, Mustard ,", sizes: "S:1 M:2", minimumSets: "2" })).toEqual({
      ok: true,
      details: { code: "D-0200", pricePerPiecePaise: 45_000, colours: ["Red", "Mustard"], setComposition: [{ size: "S", ratio: 1 }, { size: "M", ratio: 2 }], minimumSets: 2 },
    });
    expect(parseDesignForm({ price: "four hundred" })).toMatchObject({ ok: false, field: "price" });
    expect(parseDesignForm({ minimumSets: "0" })).toMatchObject({ ok: false, field: "minimumSets" });
    expect(parseDesignForm({ sizes: "S:0" })).toMatchObject({ ok: false, field: "sizes" });
  });
});
