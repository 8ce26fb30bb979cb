import { expect, test } from "@playwright/test";
import { messageList, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("supplier and buyer see each other's messages, the new conversation and read ticks without reloading", async ({ browser }) => {
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Live Looms", buyer: "Nisha Stores" });

  // The supplier's list, open all along, shows the buyer who just joined.
  const row = supplier.getByRole("link", { name: /Nisha Stores/ });
  await expect(row).toBeVisible();

  // The buyer writes while the supplier is on the list: two grey ticks (it reached the supplier's
  // phone). The supplier opens it: two blue ticks.
  await sendMessage(buyer, "Is the mustard kurti back in stock?");
  const question = messageList(buyer).getByRole("listitem").filter({ hasText: "Is the mustard kurti back in stock?" });
  await expect(question.getByLabel("Delivered")).toBeVisible();
  await expect(row.getByLabel("2 unread")).toBeVisible(); // the join line and the question
  await row.click();
  await expect(supplier).toHaveURL(buyer.url());
  await expect(messageList(supplier).getByText("Is the mustard kurti back in stock?")).toBeVisible();
  await expect(question.getByLabel("Read")).toBeVisible();

  await sendMessage(supplier, "Yes, 40 sets came in today.");
  await expect(messageList(buyer).getByText("Yes, 40 sets came in today.")).toBeVisible();

  // Back on the list, a new message shows as unread at once.
  await supplier.getByRole("link", { name: "Back" }).click();
  await expect(supplier).toHaveURL(/\/chats$/);
  await sendMessage(buyer, "Send 5 sets please");
  await expect(supplier.getByRole("link", { name: /Nisha Stores/ }).getByLabel("1 unread")).toBeVisible();
  await expect(supplier.getByRole("link", { name: /Nisha Stores/ })).toContainText("Send 5 sets please");
  await close();
});

test("a message typed offline shows as pending and arrives once when the network returns", async ({ browser }) => {
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Offline Outfits", buyer: "Ravi Traders" });
  await supplier.getByRole("link", { name: /Ravi Traders/ }).click();
  await expect(supplier).toHaveURL(buyer.url());
  await expect(buyer.getByRole("status")).toHaveCount(0); // connected, and done refreshing
  await buyer.waitForTimeout(1000); // let the read receipt refresh land before the network goes

  await buyerContext.setOffline(true);
  const text = "Typed with no signal at the lorry stand";
  await sendMessage(buyer, text);
  const pending = buyer.getByRole("list", { name: "Sending" }).getByRole("listitem");
  await expect(pending).toHaveAttribute("data-status", "waiting");
  await expect(pending).toContainText("Waiting for network");
  await buyer.waitForTimeout(2500); // a couple of failed retries while offline

  await buyerContext.setOffline(false);
  await expect(messageList(supplier).getByText(text)).toHaveCount(1);
  await expect(messageList(buyer).getByText(text)).toHaveCount(1);
  await expect(buyer.getByRole("list", { name: "Sending" })).toHaveCount(0);
  await supplier.reload();
  await expect(messageList(supplier).getByText(text)).toHaveCount(1);
  await close();
});

test("the messages API refuses outsiders and bad input with a clear answer", async ({ browser, request }) => {
  const { buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Api Apparel", buyer: "Zoya" });
  const conversationId = buyer.url().split("/").pop();
  const anonymous = await request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: "abcdefgh12", body: "hi" } });
  expect(anonymous.status()).toBe(401);
  const tooLong = await buyer.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: "abcdefgh12", body: "x".repeat(4001) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.message).toMatch(/up to 4,000 characters/);
  const elsewhere = await buyer.request.post(`/api/conversations/not-a-conversation/messages`, { data: { clientId: "abcdefgh12", body: "hi" } });
  expect(elsewhere.status()).toBe(404);
  await close();
});

test("a message typed offline survives closing the tab and is sent once on the next visit", async ({ browser }) => {
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Kept Knits", buyer: "Tab Closer" });
  const conversationUrl = buyer.url();
  await expect(buyer.getByRole("status")).toHaveCount(0);
  await buyerContext.setOffline(true);
  const text = "Written offline, then the browser was closed";
  await sendMessage(buyer, text);
  await expect(buyer.getByRole("list", { name: "Sending" }).getByRole("listitem")).toHaveAttribute("data-status", "waiting");
  await buyer.close();

  await buyerContext.setOffline(false);
  const again = await buyerContext.newPage();
  await again.goto(conversationUrl);
  await expect(messageList(again).getByText(text)).toHaveCount(1);
  await expect(again.getByRole("list", { name: "Sending" })).toHaveCount(0);
  await supplier.goto(conversationUrl);
  await expect(messageList(supplier).getByText(text)).toHaveCount(1);
  await close();
});
