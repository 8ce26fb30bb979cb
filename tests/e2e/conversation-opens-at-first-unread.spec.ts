import { expect, test, type Page } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

/** The document's scroll position: 0 means the reader was left at the oldest message loaded. */
const scrollTop = (page: Page) => page.evaluate(() => document.documentElement.scrollTop);

test("a conversation tapped in the list opens at the first unread message, and at the newest when all are read, also after Back", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Scroll Silks", buyer: "Long Reader" });
  const conversationId = buyer.url().split("/").pop()!;
  let lastSeq = 0;
  const post = async (from: number, to: number) => {
    for (let i = from; i <= to; i++) {
      const response = await buyer.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `scroll-${i}-${conversationId}`, body: `Line ${i} of the story` } });
      expect(response.status()).toBe(201);
      lastSeq = ((await response.json()) as { seq: number }).seq;
    }
  };
  const line = (i: number) => messageList(supplier).getByText(`Line ${i} of the story`, { exact: true });
  const openFromList = async () => {
    await expect(supplier).toHaveURL(/\/chats$/);
    // A tap on the row: client-side navigation, the way people move around the app.
    await supplier.getByRole("list", { name: "Conversations" }).getByRole("link").filter({ hasText: "Long Reader" }).click();
    await expect(supplier).toHaveURL(new RegExp(`/chats/${conversationId}$`));
  };

  // The supplier has read the first 60 lines; 30 more arrive after.
  await post(1, 60);
  const read = await supplier.request.post(`/api/conversations/${conversationId}/receipts`, { data: { readSeq: lastSeq, deliveredSeq: lastSeq } });
  expect(read.ok()).toBe(true);
  await post(61, 90);
  await supplier.goto("/chats");

  await openFromList();
  await expect(supplier.getByText("30 unread messages", { exact: true })).toBeInViewport();
  await expect(line(61)).toBeInViewport();
  await expect(line(90)).not.toBeInViewport();
  expect(await scrollTop(supplier)).toBeGreaterThan(0);
  await screenshot(supplier, "conversation-opened-from-list-at-first-unread");

  // Everything read now: Back, then the same row again opens at the newest message.
  const readAll = await supplier.request.post(`/api/conversations/${conversationId}/receipts`, { data: { readSeq: lastSeq, deliveredSeq: lastSeq } });
  expect(readAll.ok()).toBe(true);
  await supplier.getByRole("link", { name: "Back" }).click();
  await openFromList();
  await expect(line(90)).toBeInViewport();
  await expect(supplier.getByText(/unread messages?$/)).toHaveCount(0);
  expect(await scrollTop(supplier)).toBeGreaterThan(0);

  // The browser's own Back, then a tap again: the same.
  await supplier.goBack();
  await openFromList();
  await expect(line(90)).toBeInViewport();
  expect(await scrollTop(supplier)).toBeGreaterThan(0);
  await close();
});
