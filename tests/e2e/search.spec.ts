// The one search box on the chats list: a word finds the message it was in (and only for the
// people in that chat), an LR number finds its order; each result opens where it lives.
import { expect, test } from "@playwright/test";
import { DEMO_OWNER, logIn, messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";

const searchBox = (page: import("@playwright/test").Page) => page.getByRole("searchbox", { name: "Search chats, messages, designs, orders" });

test("a supplier finds a buyer's message by a word and opens the chat; another supplier finds nothing", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Search Silks", buyer: "Zarine Boutique" });
  await sendMessage(buyer, "Do you have the peacock dupatta in teal?");
  await expect(messageList(buyer).getByText("peacock dupatta")).toBeVisible();

  await searchBox(supplier).fill("peaco tea");
  await searchBox(supplier).press("Enter");
  const messages = supplier.getByRole("list", { name: "Messages" });
  await expect(messages.getByRole("link")).toHaveCount(1);
  await expect(messages.getByRole("link")).toContainText("Zarine Boutique");
  await expect(messages.getByRole("link")).toContainText("peacock dupatta in teal");
  await screenshot(supplier, "search-results");
  await messages.getByRole("link").click();
  await expect(supplier).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await expect(messageList(supplier).getByText("peacock dupatta in teal")).toBeVisible();

  // The demo supplier is not in that chat.
  const other = await browser.newContext();
  const demo = await other.newPage();
  await logIn(demo, DEMO_OWNER.phone, DEMO_OWNER.password);
  await demo.goto("/chats?q=peacock");
  await expect(demo.getByText("No messages, designs or orders match “peacock”.")).toBeVisible();

  // An LR number finds its order, which opens on its page.
  await demo.goto("/chats?q=vrl");
  const orders = demo.getByRole("list", { name: "Orders" });
  await expect(orders.getByRole("link").first()).toContainText("LR VRL");
  const first = (await orders.getByRole("link").first().textContent()) ?? "";
  const number = /#(\d+)/.exec(first)?.[1];
  await orders.getByRole("link").first().click();
  await expect(demo).toHaveURL(/\/orders\/[a-z0-9]+$/);
  await expect(demo.getByText(`#${number}`).first()).toBeVisible();
  await other.close();
  await close();
});
