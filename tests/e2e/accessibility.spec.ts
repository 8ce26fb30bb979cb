// axe-core on every main screen, at the phone viewport and a desktop one, as the demo owner, a demo
// buyer and signed out (the sheets, the thread, a broadcast and the account pages, which the demo
// data cannot reach, are in accessibility-sheets.spec.ts). Fails on "serious" or "critical" findings only: "moderate" and "minor"
// ones are reported by the audit but judged case by case (issue 11).
import { expect, test, type Page } from "@playwright/test";
import { audit, report, type Finding } from "./axe-audit";
import { DEMO_OWNER, logIn } from "./helpers";

const DEMO_BUYER = { phone: "+91 98000 00011", password: "chatalog-demo" };
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

/** Opens the first link whose address matches, the way a person taps the first row of a list. */
async function tapFirst(page: Page, hrefPattern: RegExp): Promise<boolean> {
  const links = page.locator("main a[href]");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  const index = hrefs.findIndex((href) => hrefPattern.test(href));
  if (index < 0) return false;
  const before = page.url();
  await links.nth(index).click();
  await expect(page).not.toHaveURL(before);
  return true;
}

/** The conversation's dialogs: the design viewer (when the chat has an album) and the message menu. */
async function auditDialogs(page: Page, findings: Finding[]): Promise<void> {
  const album = page.getByRole("button", { name: /^Open D-/ }).first();
  if (await album.count()) {
    await album.click();
    await expect(page.getByRole("dialog", { name: "Design photos" })).toBeVisible();
    await audit(page, "the design viewer", findings);
    await page.keyboard.press("Escape");
  }
  const actions = page.getByRole("button", { name: "Message actions" }).first();
  if (await actions.count()) {
    await actions.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("dialog", { name: "Message actions" });
    await expect(menu).toBeVisible();
    await audit(page, "the message menu", findings);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveCount(0);
  }
}

async function visit(page: Page, path: string, screen: string, findings: Finding[]): Promise<void> {
  await page.goto(path);
  await audit(page, screen, findings);
}

async function auditSignedIn(page: Page, role: "owner" | "buyer", findings: Finding[]): Promise<void> {
  await visit(page, "/chats", "/chats", findings);
  if (await tapFirst(page, /^\/chats\/[a-z0-9]+$/)) {
    await audit(page, "a conversation", findings);
    await auditDialogs(page, findings);
  }

  await visit(page, "/catalog", "/catalog", findings);
  if (await tapFirst(page, /^\/catalog\/[a-z0-9]+$/)) await audit(page, "a design page", findings);

  await visit(page, "/orders", "/orders", findings);
  if (await tapFirst(page, /^\/orders\/(?!dashboard)[a-z0-9]+$/)) await audit(page, "an order page", findings);
  await visit(page, "/orders/dashboard", "/orders/dashboard", findings);

  await visit(page, "/broadcasts", "/broadcasts", findings);
  if (await tapFirst(page, /^\/broadcasts\/(?!new)[a-z0-9]+$/)) await audit(page, "a broadcast", findings);
  else await visit(page, "/broadcasts/new", "/broadcasts/new", findings);

  if (role === "owner") await visit(page, "/business/invites", "/business/invites", findings);
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(`the demo owner's screens have no serious or critical axe findings (${viewport.name})`, async ({ page }) => {
      test.setTimeout(120_000);
      const findings: Finding[] = [];
      await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
      await auditSignedIn(page, "owner", findings);
      expect(findings, report(findings)).toEqual([]);
    });

    test(`a demo buyer's screens have no serious or critical axe findings (${viewport.name})`, async ({ page }) => {
      test.setTimeout(120_000);
      const findings: Finding[] = [];
      await logIn(page, DEMO_BUYER.phone, DEMO_BUYER.password);
      await auditSignedIn(page, "buyer", findings);
      expect(findings, report(findings)).toEqual([]);
    });

    test(`the signed-out screens have no serious or critical axe findings (${viewport.name})`, async ({ page }) => {
      const findings: Finding[] = [];
      await visit(page, "/login", "/login", findings);
      await visit(page, "/signup", "/signup", findings);
      expect(findings, report(findings)).toEqual([]);
    });
  });
}
