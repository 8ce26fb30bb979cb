// The desk layout: at 1024 px and wider the chats list stays beside the open conversation and the
// orders list beside the open order, both live; Escape closes the open one and the arrow keys move
// along a list. Phones keep one page at a time and never load the side pane.
import { expect, test } from "@playwright/test";
import { DEMO_OWNER, logIn, messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";

const DESK = { width: 1280, height: 800 };

test("on a desk the chats list stays beside the open conversation and follows new messages live", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Desk Silks", buyer: "Counter Traders" });
  await supplier.setViewportSize(DESK);
  await supplier.goto("/chats");
  await expect(supplier.getByText("Choose a chat to read and reply.")).toBeVisible();

  // The rows are plain links with one handler for the list (components/ui/in-app-links.ts): a
  // Ctrl+click is the browser's (a new tab) and leaves this page where it is...
  const row = supplier.getByRole("link", { name: /Counter Traders/ });
  const [tab] = await Promise.all([supplier.context().waitForEvent("page"), row.click({ modifiers: ["Control"] })]);
  await expect(tab).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await tab.close();
  await expect(supplier).toHaveURL(/\/chats$/);
  // ...and a plain click opens the chat inside the app, without loading a new page.
  await supplier.evaluate(() => ((window as unknown as { samePage?: boolean }).samePage = true));
  await row.click();
  await expect(supplier).toHaveURL(/\/chats\/[a-z0-9]+$/);
  expect(await supplier.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  const pane = supplier.getByRole("region", { name: "Chats" });
  const openRow = pane.getByRole("link", { name: /Counter Traders/ });
  await expect(openRow).toHaveAttribute("aria-current", "page");
  await expect(supplier.getByRole("textbox", { name: "Message" })).toBeVisible();

  await sendMessage(buyer, "Is the peach set in stock?");
  await expect(messageList(supplier).getByText("Is the peach set in stock?")).toBeVisible();
  await expect(openRow).toContainText("Is the peach set in stock?");
  await screenshot(supplier, "desk-conversation");

  // Escape closes a menu first (right-click opens it on a desk), then the conversation, as in
  // the messaging app's desktop version.
  await messageList(supplier).getByText("Is the peach set in stock?").click({ button: "right" });
  const menu = supplier.getByRole("dialog", { name: "Message actions" });
  await expect(menu).toBeVisible();
  await supplier.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(supplier).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await supplier.keyboard.press("Escape");
  await expect(supplier).toHaveURL(/\/chats$/);
  await expect(supplier.getByText("Choose a chat to read and reply.")).toBeVisible();
  await close();
});

test("on a desk the orders list stays beside the open order, and the arrow keys move along it", async ({ page }) => {
  await page.setViewportSize(DESK);
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await page.goto("/orders");
  await expect(page.getByText("Choose an order to see its lines, payments and dispatch.")).toBeVisible();

  const list = page.getByRole("list", { name: "Orders" });
  const first = list.getByRole("link").first();
  const number = (await first.locator("span.font-bold").innerText()).trim();
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("link").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  const pane = page.getByRole("region", { name: "Orders list" });
  await expect(pane.getByRole("link", { name: new RegExp(number) })).toHaveAttribute("aria-current", "page");
  await screenshot(page, "desk-order");

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/orders$/);
});

test("on a phone a conversation is one page: no side pane, and its list is never loaded", async ({ page }) => {
  const listReads: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/conversations") listReads.push(request.url());
  });
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await page.getByRole("link", { name: /Kavya Kurtis/ }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Chats" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Conversations" })).toHaveCount(0);
  expect(listReads).toEqual([]);
});
