import { describe, expect, it } from "vitest";
import { documentName } from "./document-name";

describe("documentName", () => {
  it("keeps a plain name and adds .pdf where it is missing", () => {
    expect(documentName("Diwali price list.pdf")).toBe("Diwali price list.pdf");
    expect(documentName("Rate card")).toBe("Rate card.pdf");
    expect(documentName("SIZE CHART.PDF")).toBe("SIZE CHART.pdf");
  });

  it("drops folders, control and direction characters, and folds spaces", () => {
    expect(documentName("C:\\Users\\shop\\rates.pdf")).toBe("rates.pdf");
    expect(documentName("../../etc/passwd")).toBe("passwd.pdf");
    expect(documentName("inv\u202Efdp.exe")).toBe("invfdp.exe.pdf");
    expect(documentName("  list \n\t 2026 .pdf")).toBe("list 2026.pdf");
  });

  it("names an empty or dots-only name Document.pdf", () => {
    expect(documentName("")).toBe("Document.pdf");
    expect(documentName(null)).toBe("Document.pdf");
    expect(documentName(".pdf")).toBe("Document.pdf");
    expect(documentName("...")).toBe("Document.pdf");
  });

  it("cuts long names by code point, keeping Gujarati and emoji whole", () => {
    const name = documentName(`${"ભાવ".repeat(50)}.pdf`);
    expect(Array.from(name).length).toBeLessThanOrEqual(100);
    expect(name.endsWith(".pdf")).toBe(true);
    expect(documentName("👗".repeat(120)).startsWith("👗")).toBe(true);
  });
});
