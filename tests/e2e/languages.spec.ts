// The whole core loop in Hindi and in Gujarati (issue 16, item 3): a supplier picks the language
// on the login page and signs up in it; a buyer whose phone is set to the language opens the
// invite and finds the app already speaking it; the supplier posts designs, the buyer picks and
// confirms, the supplier accepts and dispatches. Every label the spec looks for is the message in
// that language (tests/e2e/say.ts), and each screen is checked for English left on it: any word
// in Latin letters that is not the people's own words or a name kept in every language.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { transparentPng, webpPhoto } from "../support/photo-files";
import { freshPhone, screenshot as saveScreenshot } from "./helpers";
import { sayIn, type SpokenLocale } from "./say";

const filesDir = path.resolve("tests/.tmp/e2e-files");

const PEOPLE: Record<SpokenLocale, { languageName: string; business: string; owner: string; buyer: string; transporter: string }> = {
  hi: { languageName: "हिन्दी", business: "दिल्ली साड़ी हाउस", owner: "रमेश", buyer: "गीता फ़ैशन", transporter: "राजधानी ट्रांसपोर्ट" },
  gu: { languageName: "ગુજરાતી", business: "સુરત સિલ્ક હાઉસ", owner: "મહેશ", buyer: "મીના ફેશન", transporter: "પટેલ ટ્રાન્સપોર્ટ" },
};

/** Names that stay in Latin letters in every language (see lib/i18n/messages.test.ts), sizes among them, and the
 * transporter named as the example in the dispatch sheet. */
const KEPT = /\b(English|Chatalog|XS|XL|XXL|XXXL|UPI|GSTIN|GST|HSN|LR|PDF|CSV|QR|ID|Rs|START|STOP|VRL Logistics)\b|D-\d{4}|LR-\d+|\+91/g;

/** Latin-letter words on the screen (text, and the labels a screen reader reads) that are not
 * the people's own words or kept names: English a person of this language would meet. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const said = await page.evaluate(() => {
    const visible = (element: Element) => !!(element as HTMLElement).offsetParent || element === document.body;
    const labels = [...document.querySelectorAll("[aria-label], [placeholder], img[alt], [title]")]
      .filter(visible)
      .flatMap((element) => ["aria-label", "placeholder", "alt", "title"].map((name) => element.getAttribute(name) ?? ""));
    return [document.body.innerText, ...labels].join("\n");
  });
  return [...new Set(said.replace(KEPT, " ").match(/[A-Za-z][A-Za-z'’-]+/g) ?? [])];
}

async function expectNoEnglish(page: Page, where: string) {
  // Live screens settle first (an event stream's first render, a sheet's animation).
  await page.waitForLoadState("networkidle").catch(() => undefined);
  expect(await englishOnScreen(page), `English on ${where}`).toEqual([]);
}

/** A screenshot once the Devanagari or Gujarati faces the screen asked for have arrived (they
 * load on first use; this machine has no system font for either script). */
async function screenshot(page: Page, name: string) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await saveScreenshot(page, name);
}

async function photoFiles(count: number): Promise<string[]> {
  mkdirSync(filesDir, { recursive: true });
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const file = path.join(filesDir, `lang-${index}-${process.pid}.${index % 2 ? "png" : "webp"}`);
      writeFileSync(file, index % 2 ? await transparentPng() : await webpPhoto());
      return file;
    }),
  );
}

for (const locale of ["hi", "gu"] as const) {
  test(`the core loop in ${locale === "hi" ? "Hindi" : "Gujarati"}: invite, post, pick, confirm, accept, dispatch`, async ({ browser }) => {
    test.setTimeout(150_000);
    const say = sayIn(locale);
    const people = PEOPLE[locale];
    const messages = (page: Page) => page.getByRole("list", { name: say("Messages") });

    // The supplier's phone is in English: they choose the language on the login page.
    const supplierContext = await browser.newContext({ locale: "en-IN" });
    const supplier = await supplierContext.newPage();
    await supplier.goto("/login");
    await supplier.getByRole("radio", { name: people.languageName }).click();
    await expect(supplier.getByRole("heading", { name: say("Welcome back") })).toBeVisible();
    await expect(supplier.locator("html")).toHaveAttribute("lang", locale);
    await expectNoEnglish(supplier, "the login page");
    await screenshot(supplier, `lang-${locale}-login`);

    await supplier.goto("/signup");
    await supplier.getByLabel(say("Business name")).fill(people.business);
    await supplier.getByLabel(say("Your name")).fill(people.owner);
    await supplier.getByLabel(say("Mobile number")).fill(freshPhone());
    await supplier.getByLabel(say("Password"), { exact: true }).fill("owner-secret-1");
    await supplier.getByRole("button", { name: say("Create my business") }).click();
    await expect(supplier).toHaveURL(/\/chats$/);

    // A buyer invite, opened on a phone set to the language: the app speaks it from the first screen.
    await supplier.goto("/business/invites");
    await supplier.getByLabel(say("Buyer's name (optional)")).fill(people.buyer);
    await supplier.getByRole("button", { name: say("Create buyer invite") }).click();
    const link = await supplier.getByLabel(say("Invite link")).inputValue();
    const buyerContext = await browser.newContext({ locale: `${locale}-IN` });
    const buyer = await buyerContext.newPage();
    await buyer.goto(link);
    await expectNoEnglish(buyer, "the invite page");
    await screenshot(buyer, `lang-${locale}-invite`);
    await buyer.getByLabel(say("Mobile number")).fill(freshPhone());
    await buyer.getByLabel(say("Password"), { exact: true }).fill("buyer-secret-1");
    await buyer.getByRole("button", { name: say("Open the chat") }).click();
    await expect(buyer).toHaveURL(/\/chats\/[a-z0-9]+$/, { timeout: 20_000 });

    // The supplier posts two designs with prices.
    await supplier.goto("/chats");
    await expectNoEnglish(supplier, "the chats list");
    await supplier.getByRole("link", { name: new RegExp(people.buyer) }).click();
    await supplier.getByLabel(say("Post design photos")).setInputFiles(await photoFiles(2));
    const sheet = supplier.getByRole("dialog", { name: say("Post designs") });
    const post = sheet.getByRole("button", { name: say("Post 2 designs", 2) });
    await expect(post).toBeEnabled({ timeout: 30_000 });
    for (const [index, price] of ["450", "300"].entries()) {
      await sheet.getByRole("button", { name: say(`Design ${index + 1} details (optional)`, index + 1) }).click();
      await sheet.locator(`#design-${index}-price`).fill(price);
    }
    // A price with a decimal comma is refused in the page's language before anything is sent.
    await sheet.locator("#design-0-price").fill("450,50");
    await post.click();
    await expect(sheet.getByText(say("A comma only groups thousands. For paise use a point: 450.50.", "450.50"))).toBeVisible();
    await sheet.locator("#design-0-price").fill("450");
    await expectNoEnglish(supplier, "the post sheet");
    await screenshot(supplier, `lang-${locale}-post-sheet`);
    await post.click();
    await expect(sheet).toHaveCount(0);

    // The buyer picks both designs and confirms.
    const album = messages(buyer).getByRole("list", { name: say("2 designs", 2) });
    await expect(album).toBeVisible({ timeout: 60_000 });
    for (const code of ["D-0001", "D-0002"]) {
      await album.getByRole("button", { name: new RegExp(`^${say(`Open ${code}`, code)}`) }).click();
      await buyer.getByRole("dialog", { name: say("Design photos") }).getByRole("button", { name: say(`Pick ${code}`, code) }).click();
      const pick = buyer.getByRole("dialog", { name: say(`Pick ${code}`, code) });
      await expect(pick).toBeVisible();
      if (code === "D-0001") {
        await expectNoEnglish(buyer, "the pick sheet");
        await screenshot(buyer, `lang-${locale}-pick`);
      }
      await pick.getByRole("button").last().click();
      await expect(pick).toHaveCount(0);
    }
    await buyer.getByRole("button", { name: new RegExp(say("Review")) }).click();
    const review = buyer.getByRole("dialog", { name: say("Your picks") });
    await expectNoEnglish(buyer, "the picks review");
    await review.getByRole("button", { name: say("Confirm order") }).dblclick();
    const card = (page: Page) => messages(page).getByRole("listitem").filter({ hasText: "#1001" }).first();
    await expect(card(buyer)).toContainText(say("Waiting for supplier"));

    // The supplier accepts and dispatches; the buyer reads each step in the language.
    await card(supplier).getByRole("button", { name: say("Accept") }).click();
    await expect(messages(buyer).getByText(say(`Order #1001 accepted by ${people.owner}`, 1001, people.owner))).toBeVisible();
    await card(supplier).getByRole("button", { name: say("Dispatch") }).click();
    const dispatch = supplier.getByRole("dialog", { name: say("Mark dispatched") });
    await dispatch.getByLabel(say("Transporter")).fill(people.transporter);
    await dispatch.getByLabel(say("LR number")).fill("LR-5566");
    await dispatch.getByLabel(say("Parcels")).fill("2");
    await expectNoEnglish(supplier, "the dispatch sheet");
    await dispatch.getByRole("button", { name: say("Mark dispatched") }).click();
    await expect(messages(buyer).getByText(say(`Order #1001 dispatched by ${people.transporter}, LR LR-5566, 2 parcels`, 1001, people.transporter, "LR-5566", 2))).toBeVisible();
    await expect(card(buyer)).toContainText(say("Dispatched"));
    await expectNoEnglish(buyer, "the buyer's conversation");
    await expectNoEnglish(supplier, "the supplier's conversation");
    await screenshot(buyer, `lang-${locale}-buyer-chat`);
    await screenshot(supplier, `lang-${locale}-supplier-chat`);

    // The order page and My orders, in the language too.
    await card(buyer).getByRole("link", { name: say("View order") }).click();
    await expect(buyer.getByRole("heading", { name: say("Order #1001", 1001) })).toBeVisible();
    await expectNoEnglish(buyer, "the order page");
    await screenshot(buyer, `lang-${locale}-order`);
    await buyer.goto("/orders");
    await expectNoEnglish(buyer, "My orders");

    // The settings page shows the language chosen on the login page.
    await supplier.goto("/settings/language");
    await expect(supplier.getByRole("radio", { name: people.languageName })).toHaveAttribute("aria-checked", "true");
    await Promise.all([supplierContext.close(), buyerContext.close()]);
  });
}
