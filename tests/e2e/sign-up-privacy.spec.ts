// Sign-up is not an oracle (issue 13, finding 8): signing up with a number that already has an
// account answers like any sign-up; only the number's owner, who knows its password, gets in,
// and anyone else is told to log in instead, never that the number has an account.
import { expect, test } from "@playwright/test";
import { SIGNED_UP_BUT_NOT_LOGGED_IN } from "@/lib/auth/login-messages";
import { DEMO_OWNER, formAlert, freshPhone, signUpSupplier } from "./helpers";

async function fillSupplierSignUp(page: import("@playwright/test").Page, phone: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Business name").fill("Curious Co");
  await page.getByLabel("Your name").fill("Curious");
  await page.getByLabel("Mobile number").fill(phone);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create my business" }).click();
}

test("supplier sign-up with a number that has an account: a stranger learns nothing, the owner gets in", async ({ page }) => {
  await fillSupplierSignUp(page, DEMO_OWNER.phone, "a-guess-at-it");
  await expect(formAlert(page)).toHaveText(SIGNED_UP_BUT_NOT_LOGGED_IN);
  await expect(page.getByText(/already has an account/i)).toHaveCount(0);
  await expect(page).toHaveURL(/\/signup$/);

  await fillSupplierSignUp(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await expect(page).toHaveURL(/\/chats$/);
});

test("invite sign-up with a number that has an account: same answer for a stranger; the owner gets in and joins", async ({ browser }) => {
  const existing = { phone: freshPhone(), password: "existing-secret-1" };
  const existingContext = await browser.newContext();
  await signUpSupplier(await existingContext.newPage(), { business: "Already Here Co", name: "Already", ...existing });
  await existingContext.close();

  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await signUpSupplier(supplier, { business: "Inviting Co", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  await supplier.goto("/business/invites");
  await supplier.getByRole("button", { name: "Create buyer invite" }).click();
  const link = await supplier.getByLabel("Invite link").inputValue();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await visitor.getByLabel("Your name").fill("Someone");
  await visitor.getByLabel("Mobile number").fill(existing.phone);
  await visitor.getByLabel("Password", { exact: true }).fill("a-guess-at-it");
  await visitor.getByRole("button", { name: "Open the chat" }).click();
  await expect(formAlert(visitor)).toHaveText(SIGNED_UP_BUT_NOT_LOGGED_IN);
  await expect(visitor.getByText(/already has an account/i)).toHaveCount(0);

  await visitor.getByLabel("Password", { exact: true }).fill(existing.password);
  await visitor.getByRole("button", { name: "Open the chat" }).click();
  await expect(visitor).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await Promise.all([supplierContext.close(), visitorContext.close()]);
});
