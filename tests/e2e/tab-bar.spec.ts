// A tab's pages carry the tab bar, and a tab's root has no Back: the catalog is a tab, and the
// broadcasts pages (under the catalog) reach Orders in one tap.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_OWNER, logIn, screenshot } from "./helpers";

const sections = (page: Page) => page.getByRole("navigation", { name: "Sections" });

test("the catalog tab has no Back arrow, and the broadcasts pages show the tab bar", async ({ page }) => {
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await page.goto("/catalog");
  await expect(page.getByRole("heading", { name: "Catalog" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back" })).toHaveCount(0);
  await expect(sections(page).getByRole("link", { name: "Catalog" })).toHaveAttribute("aria-current", "page");
  const designId = (await page.getByRole("list", { name: "Designs" }).getByRole("link").first().getAttribute("href"))!.split("/").pop()!;

  await page.goto("/broadcasts");
  await expect(page.getByRole("heading", { name: "Broadcasts" })).toBeVisible();
  await expect(sections(page).getByRole("link", { name: "Catalog" })).toHaveAttribute("aria-current", "page");
  await screenshot(page, "broadcasts-with-tabs");

  await page.goto(`/broadcasts/new?designs=${designId}`);
  await expect(page.getByRole("heading", { name: "Send to buyers" })).toBeVisible();
  await expect(sections(page)).toBeVisible();
  await screenshot(page, "broadcast-new-with-tabs");

  // One tap from the broadcasts to Orders.
  await page.goto("/broadcasts");
  await sections(page).getByRole("link", { name: "Orders" }).click();
  await expect(page).toHaveURL(/\/orders$/);
});
