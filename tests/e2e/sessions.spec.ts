// Sessions that end (issue 13, finding 6): a copied cookie stops working after logout; "Log out
// other devices" and a password change end the other devices' sessions and keep this one.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { formAlert, freshPhone, logIn, signUpSupplier } from "./helpers";

/** A second browser holding a copy of `from`'s cookies, as a thief with the cookie file would. */
async function copyOf(browser: Browser, from: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await from.cookies());
  return copy;
}

async function loggedIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto("/chats");
  const inside = !/\/login/.test(page.url());
  await page.close();
  return inside;
}

test("a logged-out session cookie is refused, by pages and by the chat's own API", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpSupplier(page, { business: "Copied Cookie Co", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  const thief = await copyOf(browser, context);
  expect(await loggedIn(thief)).toBe(true);

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login/);

  expect(await loggedIn(thief)).toBe(false);
  // The chat gateway (plain Node, outside Next) asks the same question.
  const stream = await thief.request.get("/api/events", { maxRedirects: 0 });
  expect(stream.status()).toBe(401);
  await Promise.all([context.close(), thief.close()]);
});

test("log out other devices: the other phone is logged out, this one stays", async ({ browser }) => {
  const phone = freshPhone();
  const mine = await browser.newContext();
  const page = await mine.newPage();
  await signUpSupplier(page, { business: "Two Phones Co", name: "Owner", phone, password: "owner-secret-1" });
  const other = await browser.newContext();
  await logIn(await other.newPage(), phone, "owner-secret-1");

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByText("Also logged in on 1 other device.")).toBeVisible();
  await page.getByRole("button", { name: "Log out other devices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged out 1 other device." })).toBeVisible();
  await expect(page.getByText("Only this device is logged in.")).toBeVisible();

  expect(await loggedIn(other)).toBe(false);
  expect(await loggedIn(mine)).toBe(true);
  await Promise.all([mine.close(), other.close()]);
});

test("a password change ends the other sessions and keeps this one; only the new password logs in", async ({ browser }) => {
  const phone = freshPhone();
  const mine = await browser.newContext();
  const page = await mine.newPage();
  await signUpSupplier(page, { business: "New Password Co", name: "Owner", phone, password: "owner-secret-1" });
  const other = await browser.newContext();
  await logIn(await other.newPage(), phone, "owner-secret-1");

  await page.goto("/settings");
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("owner-secret-2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(formAlert(page)).toHaveText("That is not your current password.");
  expect(await loggedIn(other)).toBe(true);

  await page.getByLabel("Current password").fill("owner-secret-1");
  await page.getByLabel("New password").fill("owner-secret-2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed. Other devices are logged out." })).toBeVisible();

  expect(await loggedIn(other)).toBe(false);
  expect(await loggedIn(mine)).toBe(true);
  const fresh = await browser.newContext();
  const login = await fresh.newPage();
  await login.goto("/login");
  await login.getByLabel("Mobile number").fill(phone);
  await login.getByLabel("Password", { exact: true }).fill("owner-secret-1");
  await login.getByRole("button", { name: "Log in" }).click();
  await expect(formAlert(login)).toBeVisible();
  await logIn(login, phone, "owner-secret-2");
  await Promise.all([mine.close(), other.close(), fresh.close()]);
});
