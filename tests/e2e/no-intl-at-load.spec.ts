// The chat pages draw their first screen without making an Intl number or date formatter: the
// first one a page makes costs the browser 25-50 ms on this machine while ICU loads its data (four
// times that on a cheap phone), all of it inside hydration. Times, day names and Indian digit
// grouping are written by hand (lib/format-time.ts, lib/indian-number.ts), and plurals write their
// number as {count}, not ICU's # (which formats it with Intl.NumberFormat).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoPeople } from "@/lib/demo/demo-data";
import { DEMO_OWNER, logIn } from "./helpers";

const DEMO_BUYER = { phone: demoPeople.buyers[0].phone, password: DEMO_PASSWORD };

/** Counts each Intl formatter the page makes, from before its first script runs. */
async function countIntlFormatters(page: Page) {
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { __intlMade: string[] }).__intlMade = made;
    for (const name of ["NumberFormat", "DateTimeFormat", "RelativeTimeFormat"] as const) {
      const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
      const Counted = function (...args: unknown[]) {
        made.push(`${name} ${JSON.stringify(args)}`);
        return new Original(...args);
      } as unknown as typeof Intl.NumberFormat;
      Object.assign(Counted, { prototype: Original.prototype, supportedLocalesOf: (Original as unknown as typeof Intl.NumberFormat).supportedLocalesOf });
      (Intl as unknown as Record<string, unknown>)[name] = Counted;
    }
    for (const [proto, method] of [[Number.prototype, "toLocaleString"], [Date.prototype, "toLocaleString"], [Date.prototype, "toLocaleDateString"], [Date.prototype, "toLocaleTimeString"]] as const) {
      const original = (proto as unknown as Record<string, (...args: unknown[]) => string>)[method]!;
      (proto as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        made.push(`${method} ${JSON.stringify(args)}`);
        return original.apply(this, args);
      };
    }
  });
}

async function formattersMade(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade);
}

for (const person of [DEMO_BUYER, DEMO_OWNER]) {
  test(`${person === DEMO_BUYER ? "a buyer's" : "a supplier's"} chats list and conversation load without an Intl formatter`, async ({ page }) => {
    await logIn(page, person.phone, person.password);
    await countIntlFormatters(page);

    await page.goto("/chats");
    const firstChat = page.locator('a[href^="/chats/c"]').first();
    await expect(firstChat).toBeVisible();
    // The list shows times ("14:05", "Yesterday", "Mon"), drawn and hydrated.
    await page.waitForLoadState("load");
    expect(await formattersMade(page)).toEqual([]);

    const href = await firstChat.getAttribute("href");
    await page.goto(href!);
    await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Message actions" }).first()).toBeAttached();
    await page.waitForLoadState("load");
    // The conversation's first screen has clock times and day separators to write.
    await expect(page.getByText(/^\d\d:\d\d$/).first()).toBeAttached();
    expect(await formattersMade(page)).toEqual([]);

    // The counter itself counts: a formatter made now is seen.
    await page.evaluate(() => new Intl.DateTimeFormat("en-IN").format(0));
    expect(await formattersMade(page)).toEqual(['DateTimeFormat ["en-IN"]']);
  });
}
