// Takes one README picture: waits until the screen is what a person would look at (fonts in,
// pictures decoded, nothing loading), then writes it as a palette PNG, which is a fraction of the
// size of a full-colour one and reads the same at README sizes.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";

/** Text a screen shows while it is still filling in: a picture of it would show a half-made screen. */
const STILL_LOADING = /Loading…|Loading orders…|Loading chats…|Loading earlier messages…|Connecting…/;

/** Runs in the page. Source text, not a function: tsx would wrap its inner functions in a
 * `__name` helper that exists only in Node. */
const SETTLED_IN_PAGE = `async (loadingSource) => {
  await document.fonts.ready;
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  // A picture on screen that has not arrived (or failed: naturalWidth 0) is not settled; one that
  // has arrived may still be decoding (decoding="async"), and would be pictured as an empty tile.
  const images = Array.from(document.images).filter(onScreen);
  if (images.some((image) => !image.complete || image.naturalWidth === 0)) return false;
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  if (Array.from(document.querySelectorAll('[aria-busy="true"]')).some(onScreen)) return false;
  return !new RegExp(loadingSource).test(document.body.innerText);
}`;

/** Resolves once the page has settled; rejects (with the screen's name) if it never does. */
export async function settled(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState("load");
  try {
    await page.waitForFunction(SETTLED_IN_PAGE, STILL_LOADING.source, { timeout: 30_000, polling: 100 });
  } catch (error) {
    throw new Error(`"${screen}" did not settle (a picture missing, or still loading): ${(error as Error).message}`);
  }
  // Two frames: whatever the last update changed (a scroll to the first unread, a fade) is painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Whether the page is settled at this moment (one check, no waiting). */
function isSettledNow(page: Page): Promise<boolean> {
  return page.evaluate(`(${SETTLED_IN_PAGE})(${JSON.stringify(STILL_LOADING.source)})`) as Promise<boolean>;
}

/** A picture of the settled page. A screen can start loading again between the check and the
 * picture (the desk's design viewer once showed "Loading…" while it chose a larger photo for the
 * width): then it is pictured again once it settles. */
async function settledShot(page: Page, screen: string): Promise<Buffer> {
  for (let attempt = 1; attempt <= 5; attempt++) {
    await settled(page, screen);
    const shot = await page.screenshot({ animations: "disabled", caret: "hide" });
    if (await isSettledNow(page)) return shot;
  }
  throw new Error(`"${screen}" kept loading again after it had settled`);
}

export interface SavedScreen {
  file: string;
  bytes: number;
}

/** Saves the viewport as `<dir>/<name>.png`, a palette PNG. */
export async function saveScreen(page: Page, dir: string, name: string): Promise<SavedScreen> {
  const shot = await settledShot(page, name);
  const file = path.join(dir, `${name}.png`);
  mkdirSync(dir, { recursive: true });
  // effort 10 and level 9: slow to write, but the pictures are read far more often than made.
  writeFileSync(file, await sharp(shot).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer());
  const bytes = statSync(file).size;
  console.log(`  ${path.relative(process.cwd(), file)} (${Math.round(bytes / 1024)} KB)`);
  return { file, bytes };
}
