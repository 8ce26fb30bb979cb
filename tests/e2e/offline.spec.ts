// Offline (issue 12, item 6): what a person opened opens again without a network, read-only with the
// notice, from the service worker's copies (public/sw.js); what they type goes once when back; the
// copies are gone when they log out.
import { expect, test } from "@playwright/test";
import { messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("the chats list and a chat opened before open offline with the notice; a message typed offline goes once when back", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Offline Organza", buyer: "Hill Station Stores" });
  const chatUrl = buyer.url();
  const conversationId = chatUrl.split("/").pop()!;
  const post = async (body: string) => {
    const response = await supplier.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `${body.length}-${conversationId}`, body } });
    expect(response.status()).toBe(201);
  };

  // The worker registers after the first load and takes over; then the buyer opens the chat and
  // the list as pages, which keeps them.
  await expect.poll(() => buyer.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
  await post("Monsoon stock is in");
  await buyer.reload();
  await expect(messageList(buyer).getByText("Monsoon stock is in")).toBeVisible();
  await buyer.goto("/chats");
  await expect(buyer.getByRole("link", { name: /Offline Organza/ })).toBeVisible();

  // Offline, the supplier writes again: the buyer's phone cannot know, so the chat opens as it was
  // kept (which proves it came from the copy, not the network), with the notice.
  await buyerContext.setOffline(true);
  await post("Sent while you were offline");
  await buyer.goto(chatUrl);
  await expect(messageList(buyer).getByText("Monsoon stock is in")).toBeVisible();
  await expect(messageList(buyer).getByText("Sent while you were offline")).toHaveCount(0);
  await expect(buyer.getByRole("status").filter({ hasText: /You are offline/ })).toBeVisible();
  await screenshot(buyer, "offline-chat-from-copy");

  await buyer.goto("/chats");
  await expect(buyer.getByRole("link", { name: /Offline Organza/ })).toBeVisible();
  await buyer.goto("/orders");
  await expect(buyer.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(buyer.getByRole("link", { name: "Open your chats" })).toBeVisible();

  // Typed offline, it waits on the phone; back online it goes, once, and what was missed arrives.
  await buyer.goto(chatUrl);
  await sendMessage(buyer, "Typed on the train");
  const waiting = buyer.getByRole("list", { name: "Sending" }).getByRole("listitem").filter({ hasText: "Typed on the train" });
  await expect(waiting).toContainText("Waiting for network");
  await screenshot(buyer, "offline-typed-message-waiting");
  await buyerContext.setOffline(false);
  await supplier.goto(chatUrl);
  await expect(messageList(supplier).getByText("Typed on the train")).toHaveCount(1, { timeout: 30_000 });
  await expect(messageList(buyer).getByText("Sent while you were offline")).toBeVisible({ timeout: 30_000 });
  await supplier.reload();
  await expect(messageList(supplier).getByText("Typed on the train")).toHaveCount(1);

  // Logging out deletes the copies: the next person on this phone never opens them.
  const kept = () => buyer.evaluate(async () => (await caches.keys()).sort());
  expect(await kept()).toContain("chatalog-pages");
  await buyer.goto("/settings");
  await buyer.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(buyer).toHaveURL(/\/login/);
  expect(await kept()).not.toContain("chatalog-pages");
  expect(await kept()).not.toContain("chatalog-photos");
  await close();
});
