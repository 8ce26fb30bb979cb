// An English page draws the language picker's हिन्दी and ગુજરાતી from its two inline subsets and
// downloads no Indic face (94 KB on a phone's data); a Hindi page downloads the Devanagari face it
// needs and still no Gujarati one.
import { expect, test, type Page } from "@playwright/test";

async function fontsFetched(page: Page, path: string): Promise<string[]> {
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font" && !request.url().startsWith("data:")) fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  return fonts;
}

test("the English login page names every language in its script without downloading an Indic face", async ({ page }) => {
  const fonts = await fontsFetched(page, "/login");
  expect(fonts.filter((font) => /noto-sans/.test(font))).toEqual([]);
  // The inline faces drew the names (a missing face would leave them in a fallback or boxes).
  const drawn = await page.evaluate(() => document.fonts.check('600 16px "Chatalog Language Names"', "हिन्दी ગુજરાતી"));
  expect(drawn).toBe(true);
  await expect(page.getByRole("radio", { name: "हिन्दी" })).toBeVisible();
});

test("a Hindi page downloads the Devanagari face and no Gujarati one", async ({ page, context }) => {
  await context.addCookies([{ name: "chatalog-locale", value: "hi", url: test.info().project.use.baseURL ?? "http://localhost:3000" }]);
  const fonts = await fontsFetched(page, "/login");
  expect(fonts.some((font) => /noto-sans-devanagari-devanagari/.test(font))).toBe(true);
  expect(fonts.filter((font) => /gujarati/.test(font))).toEqual([]);
});
