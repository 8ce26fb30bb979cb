// A buyer's Catalog tab: the designs their suppliers posted to them, by supplier. Kavya Kurtis got
// the demo album of D-0003 to D-0006 (lib/demo/seed-demo.ts); no other spec sends her designs.
import { expect, test } from "@playwright/test";
import { logIn, screenshot } from "./helpers";

const KAVYA = { phone: "+91 98000 00013", password: "chatalog-demo" };

test("a buyer's catalog shows the designs posted to them, grouped by supplier, with the tab bar", async ({ page }) => {
  await logIn(page, KAVYA.phone, KAVYA.password);
  const tabs = page.getByRole("navigation", { name: "Sections" });
  await tabs.getByRole("link", { name: "Catalog" }).click();
  await expect(page).toHaveURL(/\/catalog$/);
  await expect(page.getByRole("heading", { name: "Catalog" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Catalog" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "Back" })).toHaveCount(0);

  const supplier = page.getByRole("region", { name: "Surat Silk House" });
  const grid = supplier.getByRole("list", { name: "Designs" });
  const codes = await grid.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("aria-label")?.split(",")[0]));
  expect(codes.sort()).toEqual(["D-0003", "D-0004", "D-0005", "D-0006"]);
  await screenshot(page, "buyer-catalog");

  await grid.getByRole("link", { name: /^D-0004,/ }).click();
  await expect(page).toHaveURL(/\/catalog\/[a-z0-9]+$/);
  await expect(page.getByRole("link", { name: "Pick this design" })).toBeVisible();
});
