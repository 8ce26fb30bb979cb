// The demo people the pictures are taken as, and logging in as a person does: through the form.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { devices } from "@playwright/test";

export const OWNER = { phone: "+91 98000 00001", password: "chatalog-demo" };
export const MEENA = { name: "Meena Fashions", phone: "+91 98000 00011", password: "chatalog-demo" };
export const ANJALI = { name: "Anjali Boutique" };
export const SUPPLIER_NAME = "Surat Silk House";

export interface Viewport {
  /** The folder under public/readme the pictures go to. */
  name: "phone" | "desk";
  width: number;
  height: number;
}

export const PHONE: Viewport = { name: "phone", width: 390, height: 844 };
export const DESK: Viewport = { name: "desk", width: 1280, height: 800 };

/** A phone behaves as one (touch, mobile viewport); scale 1 keeps the files small, and the README
 * shows them at 240 px anyway. */
export function contextOptions(baseURL: string, viewport: Viewport): BrowserContextOptions {
  const size = { width: viewport.width, height: viewport.height };
  if (viewport.name === "phone") return { ...devices["Pixel 7"], baseURL, viewport: size, screen: size, deviceScaleFactor: 1, locale: "en-IN", timezoneId: "Asia/Kolkata" };
  return { baseURL, viewport: size, deviceScaleFactor: 1, locale: "en-IN", timezoneId: "Asia/Kolkata" };
}

export async function logIn(page: Page, person: { phone: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Mobile number").fill(person.phone);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/chats$/);
}

export async function signedIn(browser: Browser, baseURL: string, viewport: Viewport, person: { phone: string; password: string }): Promise<Page> {
  const context = await browser.newContext(contextOptions(baseURL, viewport));
  const page = await context.newPage();
  await logIn(page, person);
  return page;
}
