// A business's own GST rate (issue 16, item 1): the owner sees the garment rule in force, sets
// one rate from today and goes back to the garment rule.
import { expect, test } from "@playwright/test";
import { gstinCheckCharacter } from "@/lib/gst/gstin";
import { freshPhone, screenshot, signUpSupplier } from "./helpers";

const FIRST14 = "27AAACS1234F1Z";

test("the owner sets the business's own GST rate from today, then the garment rule again", async ({ page }) => {
  await signUpSupplier(page, { business: "Rate Fabrics", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  await page.goto("/settings/gst");
  // Before GST details there is no rate to set.
  await expect(page.getByRole("heading", { name: "GST rate" })).toHaveCount(0);
  await page.getByLabel("Legal name").fill("Rate Fabrics LLP");
  await page.getByLabel("Address").fill("12 Mangaldas Market, Mumbai 400002");
  await page.getByLabel("State").selectOption("27");
  await page.getByLabel("GSTIN").fill(FIRST14 + gstinCheckCharacter(FIRST14));
  await page.getByLabel("Invoice prefix").fill("RF");
  await page.getByRole("button", { name: "Save GST details" }).click();
  await expect(page.getByText("GST details saved. New invoices print them.")).toBeVisible();

  const rate = page.getByTestId("current-rate");
  await expect(rate).toContainText("5% up to Rs 2,500 a piece, 18% above");
  await expect(rate).toContainText("The rule for readymade garments.");
  await page.getByLabel("One rate for every price").check();
  await page.getByLabel("Rate (%)").fill("12%");
  await page.getByRole("button", { name: "Save GST rate" }).click();
  await expect(page.getByText("Enter the rate in percent, like 5 or 2.5.")).toBeVisible();
  await page.getByLabel("Rate (%)").fill("12");
  await page.getByRole("button", { name: "Save GST rate" }).click();
  await expect(page.getByText("Saved. Invoices made from that day use the new rate.")).toBeVisible();
  await expect(rate).toContainText("12% on every price");
  await expect(rate).not.toContainText("readymade garments");
  await screenshot(page, "gst-rate");

  await page.getByRole("button", { name: "Use the garment rule again" }).click();
  await expect(rate).toContainText("5% up to Rs 2,500 a piece, 18% above");
});
