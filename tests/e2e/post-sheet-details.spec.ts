// Posting several photos as designs: each design's details show the photo they belong to, and
// opening the next design's details keeps the ones already filled in view.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { webpPhoto } from "../support/photo-files";
import { screenshot, supplierAndBuyerInConversation } from "./helpers";

test("each design's details sit beside its own photo, and opening one keeps the other open", async ({ browser }) => {
  const dir = path.resolve("tests/.tmp/e2e-files");
  mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, "details-red.webp"), path.join(dir, "details-blue.webp")];
  writeFileSync(files[0]!, await webpPhoto(600, 800, { r: 200, g: 30, b: 30 }));
  writeFileSync(files[1]!, await webpPhoto(600, 800, { r: 30, g: 30, b: 200 }));

  const { supplier, close } = await supplierAndBuyerInConversation(browser, { business: "Detail Drapes", buyer: "Panel Buyer" });
  await supplier.getByRole("link", { name: /Panel Buyer/ }).click();
  await supplier.getByLabel("Post design photos").setInputFiles(files);
  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  const tiles = sheet.getByRole("list", { name: "Photos to post" }).getByRole("listitem");
  const panels = sheet.getByRole("list", { name: "Design details" }).getByRole("listitem");
  await expect(panels).toHaveCount(2);

  // Each panel shows the same picture as its photo tile. Both are read together on every try: a
  // photo's preview URL changes once its downsized bytes replace the original (slower on a busy
  // machine), so a tile URL read once can be stale by the time the panel is checked.
  for (const index of [0, 1]) {
    const sameSource = async () => {
      const tileSrc = await tiles.nth(index).locator("img").first().getAttribute("src");
      const panelSrc = await panels.nth(index).getByTestId("details-photo").getAttribute("src");
      return Boolean(tileSrc) && tileSrc === panelSrc;
    };
    await expect.poll(sameSource, { message: `design ${index + 1}'s panel shows its own photo` }).toBe(true);
  }
  const panelSources = await panels.getByTestId("details-photo").evaluateAll((images) => images.map((image) => image.getAttribute("src")));
  expect(new Set(panelSources).size, "the two panels show different photos").toBe(2);

  await sheet.getByRole("button", { name: "Design 1 details (optional)" }).click();
  await sheet.locator("#design-0-title").fill("Red rayon kurti");
  await sheet.getByRole("button", { name: "Design 2 details (optional)" }).click();
  await expect(sheet.locator("#design-0-title")).toHaveValue("Red rayon kurti");
  await expect(sheet.locator("#design-1-title")).toBeVisible();
  await screenshot(supplier, "post-designs-details-beside-photos");
  await close();
});
