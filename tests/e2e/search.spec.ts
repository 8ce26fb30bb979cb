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
  // The chat goes on: 18 more lines, so the message is on the chat's first page but a screen up.
  const conversationId = new URL(buyer.url()).pathname.split("/").at(-1)!;
  for (let i = 1; i <= 18; i++) {
    const response = await buyer.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `search-line-${i}-${conversationId}`, body: `Line ${i} after the question` } });
    expect(response.ok()).toBe(true);
  }
  // The supplier reads it all, so the chat opens at its newest message from then on.
  await supplier.getByRole("link", { name: /Zarine Boutique/ }).click();
  await messageList(supplier).getByText("Line 18 after the question").scrollIntoViewIfNeeded();
  await supplier.goto("/chats");
  await expect(supplier.getByRole("link", { name: /Zarine Boutique/ }).getByText(/^\d+$/)).toHaveCount(0); // no unread badge
  await supplier.getByRole("link", { name: /Zarine Boutique/ }).click();
  await expect(messageList(supplier).getByText("Line 18 after the question")).toBeInViewport();
  await expect(messageList(supplier).getByText("peacock dupatta in teal")).not.toBeInViewport();
  await supplier.goto("/chats");

  await searchBox(supplier).fill("peaco tea");
  await searchBox(supplier).press("Enter");
  const messages = supplier.getByRole("list", { name: "Messages" });
  await expect(messages.getByRole("link")).toHaveCount(1);
  await expect(messages.getByRole("link")).toContainText("Zarine Boutique");
  await expect(messages.getByRole("link")).toContainText("peacock dupatta in teal");
  await screenshot(supplier, "search-results");
  await messages.getByRole("link").click();
  // The chat opens at the message found.
  await expect(supplier).toHaveURL(/\/chats\/[a-z0-9]+\?m=[a-z0-9]+$/);
  await expect(messageList(supplier).getByText("peacock dupatta in teal")).toBeInViewport();

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
