import { describe, expect, it } from "vitest";
import { fts5Query, fts5ScopedQuery, searchTerms, tsQuery } from "./search-terms";

describe("search terms", () => {
  it("split codes, names and numbers as the indexes do, lowercased, each once", () => {
    expect(searchTerms("D-0142")).toEqual(["d", "0142"]);
    expect(searchTerms("  Meena  meena #1042 ")).toEqual(["meena", "1042"]);
    expect(searchTerms("VRL/88-2231")).toEqual(["vrl", "88", "2231"]);
    expect(searchTerms("—!?")).toEqual([]);
  });

  it("keep Devanagari and Gujarati words whole, vowel signs included", () => {
    expect(searchTerms("मीना फैशन")).toEqual(["मीना", "फैशन"]);
    expect(searchTerms("સુરત")).toEqual(["સુરત"]);
  });

  it("bound the number and length of words", () => {
    expect(searchTerms("a b c d e f g h")).toHaveLength(6);
    expect(searchTerms("x".repeat(100))[0]).toHaveLength(32);
  });

  it("make prefix queries nobody can turn into operators", () => {
    expect(fts5Query(searchTerms('mee OR "x" NEAR(d*)'))).toBe('"mee"* "or"* "x"* "near"* "d"*');
    expect(tsQuery(searchTerms("mee & !x | d:*"))).toBe("mee:* & x:* & d:*");
  });

  it("narrow the words to the scopes a person may see", () => {
    expect(fts5ScopedQuery("body", ["mee"], ["u1", "b2"])).toBe('body : ("mee"*) AND scope : ("u1" OR "b2")');
    expect(fts5ScopedQuery("searchText", ["d", "01"], [])).toBe('searchText : ("d"* "01"*)');
  });
});
