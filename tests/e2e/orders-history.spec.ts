// Order history at a phone's size, on the demo business's seeded orders (lib/demo/seed-demo.ts):
// #1001 Meena Fashions, delivered (D-0001 Red 3 sets + D-0003 Navy 4 sets = 42 pcs, Rs 15,540);
// #1002 Anjali Boutique, dispatched; #1003 Kavya Kurtis, accepted; #1004 Meena, placed (D-0006).
// Other specs share this server and may add orders to the demo business, so the checks narrow
// to seeded orders by number, or compare the page with the export rather than with fixed counts.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_OWNER, logIn } from "./helpers";

const MEENA = { phone: "+91 98000 00011", password: "chatalog-demo" };

const rows = (page: Page, list = "Orders") => page.getByRole("list", { name: list }).getByRole("listitem");

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** The order numbers the list shows, as "#1001". */
async function shownNumbers(page: Page, list = "Orders"): Promise<string[]> {
  const texts = await rows(page, list).allInnerTexts();
  return texts.map((text) => /#\d+/.exec(text)?.[0] ?? "").sort();
}

/** Nothing sticks out sideways at a phone's width (a page that scrolls sideways feels broken). */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function totalsText(page: Page): Promise<string> {
  return `${await page.getByTestId("totals-count").innerText()} ${await page.getByTestId("totals-amount").innerText()}`;
}

/** The CSV behind an export link, as records (BOM and CRLF handled; our fixtures hold no quoted commas). */
async function exportCsv(page: Page, linkName: string) {
  const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
  expect(href).toMatch(/^\/orders\/export\?kind=(orders|lines)&/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="(orders|order-lines)-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const text = (await response.text()).replace(/^\uFEFF/, "");
  return text.split("\r\n").filter(Boolean).map((line) => line.split(","));
}

test("the owner filters orders by buyer and design code, opens one, exports and sees the dashboard; a buyer sees only their own", async ({ browser }) => {
  test.setTimeout(90_000);
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await logIn(owner, DEMO_OWNER.phone, DEMO_OWNER.password);
  await owner.goto("/orders");
  await expect(owner.getByRole("heading", { name: "Orders" })).toBeVisible();
  await expect(rows(owner).filter({ hasText: "#1001" })).toBeVisible();
  await expectNoSidewaysScroll(owner);
  await shot(owner, "orders-list");
  const allTotals = await totalsText(owner);

  // By buyer: only Kavya's orders, her seeded #1003 among them; the totals follow the filter.
  await owner.locator("summary", { hasText: "More filters" }).click();
  await owner.getByLabel("Buyer", { exact: true }).selectOption({ label: "Kavya Kurtis" });
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(owner).toHaveURL(/[?&]buyerId=/);
  await expect(rows(owner).filter({ hasText: "#1003" })).toBeVisible();
  for (const row of await rows(owner).all()) await expect(row).toContainText("Kavya Kurtis");
  expect(await totalsText(owner)).not.toBe(allTotals);
  await shot(owner, "orders-by-buyer");
  // The export holds exactly the orders the page lists.
  const kavyaCsv = await exportCsv(owner, "Export orders (CSV)");
  expect(kavyaCsv[0]).toEqual(["Order", "Date (IST)", "Buyer", "Status", "Pieces", "Total (Rs)", "Paid (Rs)", "Transporter", "LR number"]);
  expect(kavyaCsv.slice(1).map((record) => record[0]).sort()).toEqual(await shownNumbers(owner));
  expect(kavyaCsv.slice(1).every((record) => record[2] === "Kavya Kurtis")).toBe(true);

  // By design code (typed in lower case): #1001 has D-0003, #1004 (Meena too) does not.
  await owner.getByRole("link", { name: "Clear filters" }).click();
  await expect(owner).toHaveURL(/\/orders$/);
  await owner.locator("summary", { hasText: "More filters" }).click();
  await owner.getByLabel("Design code").fill("d-0003");
  await owner.getByRole("button", { name: "Apply" }).click();
  await expect(owner).toHaveURL(/designCode=d-0003/);
  await expect(rows(owner).filter({ hasText: "#1001" })).toBeVisible();
  await expect(rows(owner).filter({ hasText: "#1004" })).toHaveCount(0);
  await expect(rows(owner).filter({ hasText: "#1002" })).toHaveCount(0);

  // Plus the order number: one order, and the totals of its D-0003 line only (the order is 42 pcs, Rs 15,540).
  await owner.getByRole("searchbox", { name: "Order number" }).fill("1001");
  await owner.getByRole("searchbox", { name: "Order number" }).press("Enter");
  await expect(owner).toHaveURL(/number=1001/);
  await expect(owner.getByTestId("totals-count")).toHaveText("1 order · 24 pcs");
  await expect(owner.getByTestId("totals-amount")).toHaveText("Rs 7,440");
  await expect(rows(owner).filter({ hasText: "#1001" })).toContainText("24 pcs · Rs 7,440");
  await expect(rows(owner)).toHaveCount(1);
  await expect(owner.locator("summary", { hasText: "More filters" })).toContainText("D-0003");
  await shot(owner, "orders-filtered");

  const ordersCsv = await exportCsv(owner, "Export orders (CSV)");
  expect(ordersCsv).toHaveLength(2);
  expect(ordersCsv[1]).toEqual(["#1001", expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), "Meena Fashions", "Delivered", "24", "7440.00", "15540.00", "VRL Logistics", "VRL10018841"]);
  const linesCsv = await exportCsv(owner, "Export lines (CSV)");
  expect(linesCsv[0]).toEqual(["Order", "Date (IST)", "Buyer", "Code", "Title", "Colour", "Sets", "Pieces", "Price per piece (Rs)", "Line total (Rs)"]);
  expect(linesCsv.slice(1).map((record) => [record[0], record[3], record[5], record[6], record[7], record[9]])).toEqual([
    ["#1001", "D-0003", "Navy", "4", "24", "7440.00"],
  ]);

  // The order page: lines, totals, dispatch, payment, timeline, the way back to the chat.
  await rows(owner).filter({ hasText: "#1001" }).click();
  await expect(owner).toHaveURL(/\/orders\/[a-z0-9]+$/);
  await expect(owner.getByRole("heading", { name: "Order #1001" })).toBeVisible();
  const lines = owner.getByRole("list", { name: "Lines" }).getByRole("listitem");
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText("D-0001");
  await expect(lines.nth(0)).toContainText("3 sets = 18 pcs × Rs 450/pc");
  await expect(lines.nth(0)).toContainText("Rs 8,100");
  await expect(owner.getByRole("region", { name: "Summary" })).toContainText("Rs 15,540");
  await expect(owner.getByRole("region", { name: "Dispatch" })).toContainText("VRL10018841");
  await expect(owner.getByRole("list", { name: "Payments" })).toContainText("ref UPI-1001-4471");
  await expect(owner.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(5);
  await expect(owner.getByRole("list", { name: "Timeline" })).toContainText("Delivered");
  await expect(owner.getByRole("link", { name: "Open the chat" }).last()).toHaveAttribute("href", /^\/chats\/[a-z0-9]+$/);
  // Delivered: nothing left to do, and "Order again" is the buyer's alone.
  await expect(owner.getByRole("button", { name: "Order again" })).toHaveCount(0);

  // #1002 (Anjali's, dispatched): the owner's next step is on the page.
  await owner.goto("/orders?number=1002");
  await rows(owner).filter({ hasText: "#1002" }).click();
  await expect(owner.getByRole("heading", { name: "Order #1002" })).toBeVisible();
  await expect(owner.getByRole("button", { name: "Delivered" })).toBeVisible();
  await expectNoSidewaysScroll(owner);
  await shot(owner, "order-page");
  const anjaliOrderUrl = owner.url();

  // The dashboard, and a waiting tile leading to the filtered list.
  await owner.goto("/orders");
  await owner.getByRole("link", { name: "Dashboard" }).click();
  await expect(owner.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(owner.getByRole("region", { name: "Orders per week" }).getByRole("listitem")).toHaveCount(12);
  await expect(owner.getByRole("region", { name: "Top designs by pieces" })).toContainText("D-00");
  await expect(owner.getByRole("region", { name: "Top buyers" })).toContainText("Anjali Boutique");
  await expectNoSidewaysScroll(owner);
  await shot(owner, "orders-dashboard");
  await owner.getByRole("link", { name: /to accept$/ }).click();
  await expect(owner).toHaveURL(/\/orders\?status=PLACED$/);
  await expect(owner.getByRole("checkbox", { name: "New" })).toBeChecked();
  for (const row of await rows(owner).all()) await expect(row).toContainText("Waiting for supplier");

  // Meena, a buyer: her own orders only, not Anjali's order, and no export.
  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await logIn(buyer, MEENA.phone, MEENA.password);
  await buyer.goto("/orders");
  await expect(buyer.getByRole("heading", { name: "My orders" })).toBeVisible();
  await expect(rows(buyer, "My orders").filter({ hasText: "#1001" })).toBeVisible();
  expect(await shownNumbers(buyer, "My orders")).toEqual(expect.arrayContaining(["#1001", "#1004"]));
  expect(await shownNumbers(buyer, "My orders")).not.toEqual(expect.arrayContaining(["#1002"]));
  expect(await shownNumbers(buyer, "My orders")).not.toEqual(expect.arrayContaining(["#1003"]));
  for (const row of await rows(buyer, "My orders").all()) await expect(row).toContainText("Surat Silk House");
  await shot(buyer, "my-orders");

  await buyer.goto(anjaliOrderUrl);
  await expect(buyer.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect(await buyer.content()).not.toContain("Anjali");
  // Export is for the business's team: a buyer is refused (403; the route reveals nothing).
  expect((await buyer.request.get("/orders/export?kind=orders")).status()).toBe(403);

  // Order again, tapped twice: the line comes back into the tray once, and the buyer is in the chat.
  await buyer.goto("/orders");
  await rows(buyer, "My orders").filter({ hasText: "#1004" }).click();
  await expect(buyer.getByRole("heading", { name: "Order #1004" })).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Cancel order" })).toBeVisible();
  await shot(buyer, "order-page-buyer");
  await buyer.getByRole("button", { name: "Order again" }).dblclick();
  await expect(buyer).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await expect(buyer.getByRole("button", { name: /1 design, 12 pcs, Rs 15,000/ })).toBeVisible();

  await Promise.all([ownerContext.close(), buyerContext.close()]);
});

test("signed out: the orders pages ask to log in and the export answers 401", async ({ page, request }) => {
  const response = await request.get("/orders/export?kind=orders");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  await page.goto("/orders?status=PLACED");
  await expect(page).toHaveURL(/\/login\?next=%2Forders$/);
  await page.goto("/orders/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Forders%2Fdashboard$/);
});
