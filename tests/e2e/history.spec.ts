import { expect, test } from "@playwright/test";
import { messageList, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("long history: opens at the first unread message, loads older pages on scroll up without jumping, links are links", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "History House", buyer: "Long Talker" });
  const conversationId = buyer.url().split("/").pop()!;
  // 120 messages through the messages API, as the buyer's phone would send them.
  for (let i = 1; i <= 120; i++) {
    const response = await buyer.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `history-${i}-${conversationId}`, body: `Line ${i} of the long story` } });
    expect(response.status()).toBe(201);
  }

  // The supplier has not read any of it: the conversation opens at the first unread message.
  await supplier.goto(`/chats/${conversationId}`);
  const divider = supplier.getByText(/^\d+ unread messages$/);
  await expect(divider).toBeInViewport();
  await expect(messageList(supplier).getByText("Line 1 of the long story", { exact: true })).toBeInViewport();
  await expect(messageList(supplier).getByText("Line 120 of the long story", { exact: true })).not.toBeInViewport();

  // The buyer wrote them all: their page opens at the newest, 20 loaded, older ones on scrolling up.
  await buyer.reload();
  const list = messageList(buyer);
  await expect(list.getByText("Line 120 of the long story", { exact: true })).toBeInViewport();
  await expect(list.getByText("Line 100 of the long story", { exact: true })).toHaveCount(0);
  const anchor = list.getByText("Line 101 of the long story", { exact: true });
  // A reader scrolling up: the older page starts loading a little below the very top (where the
  // browser's own scroll anchoring would move the page too, and did, twice over). One move, from
  // the bottom: a second one could land after the page came in and scroll the reader up again.
  await buyer.evaluate(() => window.scrollTo(0, 60));
  await expect(anchor).toBeInViewport();
  await expect(list.getByText("Line 100 of the long story", { exact: true })).toHaveCount(1);
  // The reader stays where they were: the message at the top before the load is still on screen.
  await expect(anchor).toBeInViewport();
  // Scrolling to the top again until the very beginning (the join line) is there, then nothing is left to load.
  await expect(async () => {
    await buyer.evaluate(() => window.scrollTo(0, 0));
    await expect(list.getByText("Long Talker joined through an invite link")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(list.getByText("Line 1 of the long story", { exact: true })).toHaveCount(1);
  await expect(buyer.getByRole("button", { name: /earlier messages/ })).toHaveCount(0);

  // Addresses in text are links that open safely; the rest stays text.
  await buyer.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await sendMessage(buyer, "Catalogue PDF: https://example.com/catalogue.pdf. <b>not bold</b>");
  const link = messageList(supplier).getByRole("link", { name: "https://example.com/catalogue.pdf" });
  await expect(link).toHaveAttribute("href", "https://example.com/catalogue.pdf");
  await expect(link).toHaveAttribute("rel", /noopener/);
  await expect(messageList(supplier).getByText("<b>not bold</b>", { exact: false })).toBeVisible();
  await close();
});
