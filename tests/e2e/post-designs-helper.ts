// Posting photos as designs from the supplier's phone, for specs that need designs of their own.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { transparentPng, webpPhoto } from "../support/photo-files";

const filesDir = path.resolve("tests/.tmp/e2e-files");

/** Posts `prices.length` photos as designs into the open conversation; "" leaves a price empty.
 * `beforePost` gets the filled sheet just before Post is tapped (an audit of the sheet, say). */
export async function postDesigns(supplier: Page, prices: string[], beforePost?: (sheet: Locator) => Promise<void>): Promise<void> {
  mkdirSync(filesDir, { recursive: true });
  const files = await Promise.all(
    prices.map(async (_, index) => {
      const file = path.join(filesDir, `design-${index}-${process.pid}.${index % 2 ? "png" : "webp"}`);
      writeFileSync(file, index % 2 ? await transparentPng() : await webpPhoto());
      return file;
    }),
  );
  await supplier.getByLabel("Post design photos").setInputFiles(files);
  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  const post = sheet.getByRole("button", { name: prices.length === 1 ? "Post design" : `Post ${prices.length} designs` });
  await expect(post).toBeEnabled({ timeout: 30_000 });
  for (const [index, price] of prices.entries()) {
    if (!price) continue;
    await sheet.getByRole("button", { name: `Design ${index + 1} details (optional)` }).click();
    await sheet.locator(`#design-${index}-price`).fill(price);
  }
  await beforePost?.(sheet);
  // Posting goes on behind the closed sheet (uploads, then the album): wait until the album is in
  // the chat as the server has it (its photos named by design code), so a spec that opens another
  // page next (the catalog) never races the upload.
  const postedPhotos = supplier.getByRole("list", { name: "Messages" }).getByRole("img", { name: /^D-\d{4} / });
  const before = await postedPhotos.count();
  await post.click();
  await expect(sheet).toHaveCount(0);
  await expect(postedPhotos).toHaveCount(before + prices.length, { timeout: 60_000 });
}
