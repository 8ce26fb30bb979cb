import { describe, expect, it } from "vitest";
import { chooseLocale, localeFromAcceptLanguage } from "./locales";

describe("the language of a request", () => {
  it("takes the first language of the browser's that Chatalog speaks, by weight", () => {
    expect(localeFromAcceptLanguage("gu-IN,gu;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("gu");
    expect(localeFromAcceptLanguage("mr-IN,mr;q=0.9,hi;q=0.8,en;q=0.7")).toBe("hi");
    expect(localeFromAcceptLanguage("en;q=0.5,hi;q=0.9")).toBe("hi");
    expect(localeFromAcceptLanguage("ta-IN,ta;q=0.9")).toBeNull();
    expect(localeFromAcceptLanguage("hi;q=0")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage("*")).toBeNull();
  });

  it("prefers the person's choice, then this device's, then the browser's, then English", () => {
    expect(chooseLocale({ chosen: "gu", cookie: "hi", acceptLanguage: "en" })).toBe("gu");
    expect(chooseLocale({ chosen: null, cookie: "hi", acceptLanguage: "gu" })).toBe("hi");
    expect(chooseLocale({ chosen: "xx", cookie: "<script>", acceptLanguage: "gu-IN" })).toBe("gu");
    expect(chooseLocale({})).toBe("en");
  });
});
