import { describe, expect, it } from "vitest";
import { localizeFailure } from "./error-text";

describe("a refusal in the reader's language", () => {
  const failure = { code: "CONFLICT" as const, message: "D-0042 is no longer available.", key: "designGone", values: { code: "D-0042" } };

  it("keeps the service's exact English for English readers", () => {
    expect(localizeFailure(failure, "en")).toBe(failure);
  });

  it("says a keyed refusal with its values in Hindi and Gujarati", () => {
    expect(localizeFailure(failure, "hi").message).toBe("D-0042 अब उपलब्ध नहीं है।");
    expect(localizeFailure(failure, "gu").message).toBe("D-0042 હવે મળતી નથી.");
  });

  it("says an unkeyed refusal by its code, and asks to check each field it names", () => {
    const said = localizeFailure({ code: "INVALID", message: "Enter a price in rupees.", fields: { price: "Enter a price in rupees." } }, "gu");
    expect(said.message).toBe("જે ભર્યું છે તે એક વાર તપાસી લો.");
    expect(said.fields).toEqual({ price: "આ તપાસી લો." });
    expect(localizeFailure({ code: "INTERNAL", message: "x" }, "hi").message).toBe("हमारी तरफ़ कुछ गड़बड़ हुई। फिर से कोशिश करें।");
  });

  it("falls back to the code when a key is unknown", () => {
    expect(localizeFailure({ code: "FORBIDDEN", message: "No.", key: "noSuchKey" }, "hi").message).toBe("आपको यह करने की अनुमति नहीं है।");
  });

  it("says a keyed refusal on the field it names too", () => {
    const english = "A comma only groups thousands. For paise use a point: 450.50.";
    const said = localizeFailure({ code: "INVALID", message: english, fields: { price: english }, key: "decimalComma", values: { suggestion: "450.50" } }, "hi");
    expect(said.fields!.price).toBe(said.message);
    expect(said.message).toContain("450.50");
    expect(said.message).toMatch(/[\u0900-\u097F]/);
  });

  it("reads simple arguments back from an unkeyed English refusal", () => {
    const said = localizeFailure({ code: "INVALID", message: "Choose a colour for D-0042: Red, Mustard." }, "gu");
    expect(said.message).toBe("D-0042 માટે કલર પસંદ કરો: Red, Mustard.");
  });
});
