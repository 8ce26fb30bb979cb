// The catalog and broadcasts on a phone, with the demo business "Surat Silk House". Other specs
// share this demo data on the same server, so these tests touch their own designs (D-0009 to
// D-0011), find things by text they made themselves, and put what they change back.
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_OWNER, logIn, messageList, screenshot } from "./helpers";

const DEMO_PASSWORD = "chatalog-demo";
/** lib/demo/demo-data.ts: the three demo buyers. */
const MEENA = { name: "Meena Fashions", phone: "+91 98000 00011" };
const ANJALI = { name: "Anjali Boutique", phone: "+91 98000 00012" };
const KAVYA = { name: "Kavya Kurtis", phone: "+91 98000 00013" };

async function newPhone(browser: Browser, phone: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, phone, DEMO_PASSWORD);
  return page;
}

function grid(page: Page) {
  return page.getByRole("list", { name: "Designs" });
}

/** A tile's accessible name starts with its code: "D-0011, Madras Check Kurti, Rs 340 / pc". */
function tile(page: Page, code: string) {
  return grid(page).getByRole("link", { name: new RegExp(`^${code},`) });
}

async function searchCatalog(page: Page, text: string) {
  const box = page.getByRole("searchbox", { name: "Search designs" });
  await box.fill(text);
  await box.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === text);
}

/** The element's box, to check touch targets (44 CSS px at least). */
async function expectTouchTarget(locator: ReturnType<Page["getByRole"]>) {
  const box = await locator.boundingBox();
  expect(box, "the control is on screen").not.toBeNull();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
}

test("the owner searches the catalog, edits a design, archives and restores it", async ({ page }) => {
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await page.goto("/catalog");
  await expect(tile(page, "D-0012")).toBeVisible();
  // Newest first: the demo's D-0012 comes before D-0011.
  const codes = await grid(page).getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("aria-label")?.split(",")[0]));
  expect(codes.indexOf("D-0012")).toBeLessThan(codes.indexOf("D-0011"));
  // The first screen's photos load at once (the first row first); the rest wait to be scrolled near.
  const loading = await grid(page).locator("img").evaluateAll((images) => images.map((image) => `${image.getAttribute("loading")}/${image.getAttribute("fetchpriority") ?? "-"}`));
  expect(loading.slice(0, 5)).toEqual(["eager/high", "eager/high", "eager/-", "eager/-", "lazy/-"]);
  await expect(tile(page, "D-0001")).toContainText("Rs 450 / pc");
  for (const control of [page.getByRole("link", { name: "Archived" }), page.getByRole("button", { name: "Select" }), page.getByRole("link", { name: "Broadcasts" })]) {
    await expectTouchTarget(control);
  }
  await screenshot(page, "catalog-grid");

  // By code, by colour (the title does not say "rust"), then nothing.
  await searchCatalog(page, "D-0011");
  await expect(tile(page, "D-0011")).toBeVisible();
  await expect(grid(page).getByRole("link")).toHaveCount(1);
  await searchCatalog(page, "rust");
  await expect(tile(page, "D-0010")).toContainText("D-0010");
  await expect(tile(page, "D-0001")).toHaveCount(0);
  await searchCatalog(page, "no such kurti anywhere");
  await expect(page.getByText(/No design matches/)).toBeVisible();

  // The design page: photos, details, the edit form filled with what is stored.
  await page.goto("/catalog?q=D-0011");
  await tile(page, "D-0011").click();
  await expect(page).toHaveURL(/\/catalog\/[a-z0-9]+$/);
  const designUrl = page.url();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText("D-0011");
  await expect(details).toContainText("Rs 340 / pc");
  await expect(details).toContainText("Red, Blue");
  await expect(page.getByRole("region", { name: "D-0011 photos" }).getByRole("img")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Send to buyers" })).toHaveAttribute("href", /\/broadcasts\/new\?designs=[a-z0-9]+$/);
  await screenshot(page, "design-page");

  await page.getByText("Edit details").click();
  // The field's message is inside its label, so names are matched from the start.
  const price = page.getByRole("textbox", { name: /^Price per piece \(Rs\)/ });
  const codeField = page.getByRole("textbox", { name: /^Code/ });
  await expect(price).toHaveValue("340");
  await expect(page.getByLabel("Set (sizes and pieces)")).toHaveValue("S:1 M:2 L:2 XL:1");
  await expect(page.getByLabel("Colours")).toHaveValue("Red, Blue");

  // A price the form cannot read, then a code another design has: a clear message on the field,
  // and everything typed is still there.
  const rupees = randomInt(2000, 9000);
  await price.fill("four hundred");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Enter the price per piece in rupees, like 450 or 450.50.")).toBeVisible();
  await price.fill(String(rupees));
  await codeField.fill("D-0012");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("This code is already used.")).toBeVisible();
  await codeField.scrollIntoViewIfNeeded();
  await screenshot(page, "design-edit-error");
  await expect(price).toHaveValue(String(rupees));
  await expect(codeField).toHaveValue("D-0012");
  await expect(details).toContainText("Rs 340 / pc");

  await codeField.fill("D-0011");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const newPrice = `Rs ${rupees.toLocaleString("en-IN")} / pc`;
  await expect(details).toContainText(newPrice);
  await page.reload();
  await expect(details).toContainText(newPrice);
  await page.goto("/catalog?q=D-0011");
  await expect(tile(page, "D-0011")).toContainText(newPrice);

  // Archive: gone from the active catalog, listed under Archived; restore brings it back.
  await page.goto(designUrl);
  await page.getByRole("button", { name: "Archive design" }).click();
  await expect(details).toContainText("Archived");
  await expect(page.getByRole("button", { name: "Restore to catalog" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send to buyers" })).toHaveCount(0);
  await page.goto("/catalog?q=D-0011");
  await expect(page.getByText(/No design matches/)).toBeVisible();
  await page.getByRole("link", { name: "Archived" }).click();
  await expect(page).toHaveURL(/show=archived/);
  await expect(tile(page, "D-0011")).toContainText("Archived");
  await tile(page, "D-0011").click();
  await page.getByRole("button", { name: "Restore to catalog" }).click();
  await expect(page.getByRole("link", { name: "Send to buyers" })).toBeVisible();
  await page.goto("/catalog?q=D-0011");
  await expect(tile(page, "D-0011")).toBeVisible();

  // Put the demo price back for everyone else.
  await page.goto(designUrl);
  await page.getByText("Edit details").click();
  await page.getByLabel("Price per piece (Rs)").fill("340");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(details).toContainText("Rs 340 / pc");
});

test("the owner sends two designs to two buyers: each gets the album once, the third nothing", async ({ browser, page }) => {
  // Four phones in one story: ~31 s alone, twice that beside another worker on two cores.
  test.setTimeout(120_000);
  // Anjali has the app open on her chat list when the album goes out (her phone reports
  // delivery); Kavya is signed in too, but is not chosen.
  const anjali = await newPhone(browser, ANJALI.phone);
  const kavya = await newPhone(browser, KAVYA.phone);

  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await page.goto("/catalog");
  await page.getByRole("button", { name: "Select" }).click();
  const choose = (code: string) => grid(page).getByRole("button", { name: new RegExp(`^${code},`) });
  await choose("D-0009").click();
  await choose("D-0010").click();
  await expect(choose("D-0009")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("2 chosen")).toBeVisible();
  await screenshot(page, "catalog-select");
  await page.getByRole("link", { name: "Send to buyers" }).click();
  await expect(page).toHaveURL(/\/broadcasts\/new\?designs=[a-z0-9]+,[a-z0-9]+$/);
  const chosen = page.getByRole("list", { name: "Designs" });
  await expect(chosen.getByLabel(/^D-00(09|10),/)).toHaveCount(2);
  const designIds = new URL(page.url()).searchParams.get("designs")!.split(",");

  const caption = `Summer drop ${randomInt(100_000, 999_999)}: dispatch in 3 days`;
  await page.getByLabel("Message (optional)").fill(caption);
  await page.getByLabel(MEENA.name).check();
  await page.getByLabel(ANJALI.name).check();
  const send = page.getByRole("button", { name: "Send to 2 buyers" });
  await expectTouchTarget(send);
  await screenshot(page, "broadcast-form");
  // A double tap sends once.
  await send.dblclick();
  await expect(page).toHaveURL(/\/broadcasts\/[a-z0-9]+$/);
  const buyers = page.getByRole("list", { name: "Buyers" });
  await expect(buyers.getByRole("listitem")).toHaveCount(2);
  await expect(buyers).not.toContainText(KAVYA.name);
  await expect(page.getByText(caption)).toBeVisible();
  // Anjali's open chat list reported the album delivered.
  await expect(buyers.getByRole("listitem").filter({ hasText: ANJALI.name })).toContainText("Delivered");
  const statusUrl = page.url();

  // Meena opens her chat: the album is there, once, and the owner's page turns to Read live.
  const meena = await newPhone(browser, MEENA.phone);
  await meena.getByRole("link", { name: /Surat Silk House/ }).click();
  await expect(meena).toHaveURL(/\/chats\/[a-z0-9]+$/);
  const meenaChat = meena.url();
  const album = messageList(meena).getByRole("listitem").filter({ hasText: caption });
  await expect(album).toHaveCount(1);
  // Read means seen: the album has to be on her screen.
  await album.scrollIntoViewIfNeeded();
  await expect(album.getByRole("img", { name: /^D-0009 / })).toBeVisible();
  await expect(album.getByRole("img", { name: /^D-0010 / })).toBeVisible();
  await expect(buyers.getByRole("listitem").filter({ hasText: MEENA.name })).toContainText("Read");
  await expect(page.getByLabel("Read: 1 of 2")).toBeVisible();
  await expect(page.getByLabel("Delivered: 2 of 2")).toBeVisible();
  await screenshot(page, "broadcast-status");

  // The broadcasts list shows it, newest first.
  await page.goto("/broadcasts");
  await expect(page.getByRole("list", { name: "Broadcasts" }).getByRole("link").first()).toContainText(caption);
  await screenshot(page, "broadcast-list");

  // Meena's designs page and a design page with its Pick link back into her chat.
  await meena.goto(`${meenaChat}/designs`);
  await expect(tile(meena, "D-0009")).toBeVisible();
  await screenshot(meena, "buyer-designs");
  await tile(meena, "D-0009").click();
  await expect(meena).toHaveURL(new RegExp(`/catalog/${designIds[0]}$`));
  await expect(meena.getByRole("link", { name: "Pick this design" })).toHaveAttribute("href", `${new URL(meenaChat).pathname}?pick=${designIds[0]}`);
  await expect(meena.getByRole("button", { name: "Save details" })).toHaveCount(0);
  await expect(meena.getByText("Edit details")).toHaveCount(0);
  await screenshot(meena, "buyer-design-page");

  // Kavya was not chosen: no album in her chat, and the design's page is not found for her.
  await kavya.getByRole("link", { name: /Surat Silk House/ }).click();
  await expect(messageList(kavya).getByRole("listitem").first()).toBeVisible();
  await expect(messageList(kavya).getByText(caption)).toHaveCount(0);
  for (const designId of designIds) {
    await kavya.goto(`/catalog/${designId}`);
    await expect(kavya.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // A buyer's catalog holds only what was posted to them (tests/e2e/buyer-catalog.spec.ts); they
  // have no broadcasts of their own, and cannot read the owner's broadcast.
  await kavya.goto("/catalog");
  await expect(kavya.getByRole("link", { name: /^D-0009,/ })).toHaveCount(0);
  for (const path of ["/broadcasts", "/broadcasts/new", new URL(statusUrl).pathname]) {
    await kavya.goto(path);
    await expect(kavya.getByRole("heading", { name: "Not found" })).toBeVisible();
  }

  await Promise.all([anjali.context().close(), kavya.context().close(), meena.context().close()]);
});

test("signed out, the catalog and broadcast pages ask to log in first", async ({ page }) => {
  await page.goto("/catalog?q=red");
  await expect(page).toHaveURL(/\/login\?next=%2Fcatalog/);
  await page.goto("/broadcasts/new");
  await expect(page).toHaveURL(/\/login\?next=%2Fbroadcasts%2Fnew/);
});
