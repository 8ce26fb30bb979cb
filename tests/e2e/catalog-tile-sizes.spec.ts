// Which photo size a catalog tile downloads on a sharper screen: the smallest that fills it
// (components/designs/DesignPhoto.tsx, lib/photos/process-photo.ts). A half-width tile is 195
// CSS px on a 390 px phone: 195 device px at 1x (the 320 px thumbnail), 390 at 2x (the 500 px
// size), 536-585 at 2.75x and 3x (the 800 px size). Before the 800 px size a 3x phone took the
// 1280 px photo for every tile: the demo catalog's first screen was 597 KB instead of 176
// (npm run bench:images). The demo photos are 4:5 portraits, so the long side is the height.
import { expect, test, type Browser } from "@playwright/test";
import { DEMO_OWNER, logIn } from "./helpers";

async function firstTileLongSide(browser: Browser, deviceScaleFactor: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
    await page.goto("/catalog");
    const photo = page.getByRole("list", { name: "Designs" }).getByRole("listitem").first().locator("img");
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // The file the browser chose, measured on its own: with a srcset, the tile's natural size is
    // in CSS px (scaled by the chosen density), not the file's pixels.
    return photo.evaluate(async (img: HTMLImageElement) => {
      const file = new Image();
      file.src = img.currentSrc;
      await file.decode();
      return Math.max(file.naturalWidth, file.naturalHeight);
    });
  } finally {
    await context.close();
  }
}

test("a catalog tile downloads the smallest photo size that fills it at 1x, 2x, 2.75x and 3x", async ({ browser }) => {
  expect(await firstTileLongSide(browser, 1)).toBe(320);
  expect(await firstTileLongSide(browser, 2)).toBe(500);
  expect(await firstTileLongSide(browser, 2.75)).toBe(800);
  expect(await firstTileLongSide(browser, 3)).toBe(800);
});
