import { randomInt } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_OWNER = { phone: "+91 98000 00001", password: "chatalog-demo" };

/** A fresh 10-digit Indian mobile number, typed the way people type it. */
export function freshPhone(): string {
  const digits = `9${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

export async function logIn(page: Page, phone: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Mobile number").fill(phone);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/chats$/);
}

export async function signUpSupplier(page: Page, details: { business: string; name: string; phone: string; password: string }): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Business name").fill(details.business);
  await page.getByLabel("Your name").fill(details.name);
  await page.getByLabel("Mobile number").fill(details.phone);
  await page.getByLabel("Password", { exact: true }).fill(details.password);
  await page.getByRole("button", { name: "Create my business" }).click();
  await expect(page).toHaveURL(/\/chats$/);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The form's error box (Next.js adds its own empty role=alert route announcer to every page). */
export function formAlert(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}

/** A new supplier and a buyer who joined through an invite, both on their conversation page. */
export async function supplierAndBuyerInConversation(browser: Browser, names: { business: string; buyer: string }) {
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await signUpSupplier(supplier, { business: names.business, name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  const { page: buyer, context: buyerContext } = await inviteBuyer(browser, supplier, names.buyer);
  return { supplier, buyer, supplierContext, buyerContext, close: () => Promise.all([supplierContext.close(), buyerContext.close()]) };
}

/** The supplier makes a buyer invite; a new phone (its own context) signs up through it and lands
 * in the chat. The supplier's page ends on /chats. */
export async function inviteBuyer(browser: Browser, supplier: Page, name: string) {
  const link = await createBuyerInvite(supplier, name);
  await supplier.goto("/chats");
  const context = await browser.newContext();
  const page = await context.newPage();
  await joinThroughInvite(page, link);
  return { page, context };
}

/** A buyer invite link, made on the supplier's invites page. */
export async function createBuyerInvite(supplier: Page, name: string): Promise<string> {
  await supplier.goto("/business/invites");
  await supplier.getByLabel("Buyer's name (optional)").fill(name);
  await supplier.getByRole("button", { name: "Create buyer invite" }).click();
  return supplier.getByLabel("Invite link").inputValue();
}

/** Signs up through an invite link as a new buyer and waits for their chat. */
export async function joinThroughInvite(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Mobile number").fill(freshPhone());
  await page.getByLabel("Password", { exact: true }).fill("buyer-secret-1");
  await page.getByRole("button", { name: "Open the chat" }).click();
  // Sign-up (an argon2id hash), login and joining, then the chat's first render: seconds on a
  // busy two-core machine.
  await expect(page).toHaveURL(/\/chats\/[a-z0-9]+$/, { timeout: 20_000 });
}

export async function sendMessage(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

export function messageList(page: Page) {
  return page.getByRole("list", { name: "Messages" });
}
