import { expect, test } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

test("going offline shows a notice within seconds on the chat and on the chats list, and it goes away when back", async ({ browser }) => {
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Signal Sarees", buyer: "Lorry Stand Shop" });
  const notice = buyer.getByRole("status").filter({ hasText: /back online/ });
  await expect(messageList(buyer)).toBeVisible();
  await expect(notice).toHaveCount(0);

  // On the conversation: the stream stays "open" to the page for a long while after the network
  // goes, so the notice must not wait for it to fail.
  await buyerContext.setOffline(true);
  await expect(notice).toBeVisible({ timeout: 3000 });
  await expect(notice).toBeInViewport();
  await screenshot(buyer, "offline-notice-in-chat");
  await buyerContext.setOffline(false);
  await expect(notice).toHaveCount(0, { timeout: 3000 });
  await expect(buyer.getByRole("status")).toHaveCount(0, { timeout: 10_000 }); // nor "Connecting…"

  // Back online, live messages arrive again.
  const conversationId = buyer.url().split("/").pop()!;
  const posted = await supplier.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `back-${conversationId}`, body: "Are you back?" } });
  expect(posted.status()).toBe(201);
  await expect(messageList(buyer).getByText("Are you back?")).toBeVisible();
  await buyer.getByRole("link", { name: "Back" }).click();
  await expect(buyer).toHaveURL(/\/chats$/);
  await buyerContext.setOffline(true);
  await expect(notice).toBeVisible({ timeout: 3000 });
  await screenshot(buyer, "offline-notice-on-chats-list");
  await buyerContext.setOffline(false);
  await expect(notice).toHaveCount(0, { timeout: 3000 });
  await close();
});
