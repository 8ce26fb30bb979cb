import { expect, test } from "@playwright/test";
import { formAlert, freshPhone, screenshot, signUpSupplier } from "./helpers";

test("a new supplier invites a buyer, who signs up from the link and lands in the conversation", async ({ browser }) => {
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await supplier.goto("/signup");
  await screenshot(supplier, "signup");
  await signUpSupplier(supplier, { business: "Jaipur Prints", name: "Sunil Mehta", phone: freshPhone(), password: "block-print-2026" });
  await expect(supplier.getByRole("heading", { name: "Jaipur Prints" })).toBeVisible();
  await expect(supplier.getByText("No conversations yet")).toBeVisible();

  await supplier.getByRole("link", { name: "Invite a buyer" }).click();
  await expect(supplier).toHaveURL(/\/business\/invites$/);
  const buyerPhone = freshPhone();
  await supplier.getByLabel("Buyer's name (optional)").fill("Meena Fashions");
  await supplier.getByLabel("Buyer's mobile (optional)").fill(buyerPhone);
  await supplier.getByRole("button", { name: "Create buyer invite" }).click();
  const linkField = supplier.getByLabel("Invite link");
  await expect(linkField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await expect(supplier.getByRole("list", { name: "Invites" }).getByText("Waiting")).toBeVisible();
  await expect(supplier.getByLabel("Buyer's name (optional)")).toHaveValue("");
  await screenshot(supplier, "invite");
  const link = await linkField.inputValue();

  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await buyer.goto(link);
  await expect(buyer.getByRole("heading", { name: "Jaipur Prints invited you" })).toBeVisible();
  await expect(buyer.getByLabel("Your name")).toHaveValue("Meena Fashions");
  await expect(buyer.getByLabel("Mobile number")).toHaveValue(`+91 ${buyerPhone}`);
  await screenshot(buyer, "invite-accept");
  await buyer.getByLabel("Password", { exact: true }).fill("meena-secret-1");
  await buyer.getByRole("button", { name: "Open the chat" }).click();
  await expect(buyer).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await expect(buyer.getByRole("heading", { name: "Jaipur Prints" })).toBeVisible();
  await expect(buyer.getByText("Meena Fashions joined through an invite link")).toBeVisible();

  await supplier.goto("/chats");
  const row = supplier.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Meena Fashions/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("joined through an invite link");
  await screenshot(supplier, "conversation-list-new");

  // The link worked once: opening it again explains why it no longer works.
  const lateContext = await browser.newContext();
  const late = await lateContext.newPage();
  await late.goto(link);
  await expect(formAlert(late)).toHaveText("This invite link has already been used. Ask Jaipur Prints for a new link.");
  await Promise.all([supplierContext.close(), buyerContext.close(), lateContext.close()]);
});

test("a revoked link tells the buyer it was cancelled", async ({ page, browser }) => {
  await signUpSupplier(page, { business: "Revoke Textiles", name: "Asha", phone: freshPhone(), password: "revoke-test-1" });
  await page.goto("/business/invites");
  await page.getByRole("button", { name: "Create buyer invite" }).click();
  const link = await page.getByLabel("Invite link").inputValue();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Cancel link" }).click();
  await expect(page.getByRole("list", { name: "Invites" }).getByText("Cancelled")).toBeVisible();

  const other = await browser.newContext();
  const buyer = await other.newPage();
  await buyer.goto(link);
  await expect(formAlert(buyer)).toHaveText("This invite link was cancelled. Ask Revoke Textiles for a new link.");
  await other.close();
});

test("sign-up explains a malformed mobile number and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Business name").fill("Typo Traders");
  await page.getByLabel("Your name").fill("Ravi");
  await page.getByLabel("Mobile number").fill("12345");
  await page.getByLabel("Password", { exact: true }).fill("long-enough-1");
  await page.getByRole("button", { name: "Create my business" }).click();
  await expect(formAlert(page)).toContainText("Enter a mobile number with country code");
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByLabel("Business name")).toHaveValue("Typo Traders");
});
