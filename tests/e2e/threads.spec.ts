import { expect, test } from "@playwright/test";
import { messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("a reply quotes its parent, the parent counts its replies, and the thread opens as a panel", async ({ browser }) => {
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Thread Textiles", buyer: "Meera Boutique" });
  await supplier.getByRole("link", { name: /Meera Boutique/ }).click();
  await expect(supplier).toHaveURL(buyer.url());

  const post = "New kurtis: D-0142 in red and mustard";
  await sendMessage(supplier, post);
  // The first item with the text: replies below it quote the same text.
  const original = messageList(buyer).getByRole("listitem").filter({ hasText: post }).first();
  await expect(original).toBeVisible();

  // Long-press (a right-click here: Android turns a long-press into the same contextmenu event).
  await original.getByText(post).click({ button: "right" });
  await buyer.getByRole("dialog", { name: "Message actions" }).getByRole("button", { name: "Reply" }).click();
  await expect(buyer.getByLabel("Replying to")).toContainText(post);
  await sendMessage(buyer, "Red please, 3 sets");

  // Both sides see the reply with its quote; the parent says "1 reply".
  for (const page of [buyer, supplier]) {
    const reply = messageList(page).getByRole("listitem").filter({ hasText: "Red please, 3 sets" });
    await expect(reply.getByRole("button", { name: /Reply to Owner: New kurtis/ })).toBeVisible();
  }
  await screenshot(buyer, "chat-reply-quote");
  await messageList(supplier).getByRole("button", { name: "1 reply" }).click();
  const thread = supplier.getByRole("dialog", { name: "Thread" });
  await expect(thread.getByRole("list", { name: "Thread messages" }).getByRole("listitem").filter({ hasText: /./ })).toHaveText([/Today/, new RegExp(post), /Red please, 3 sets/]);

  // Answering inside the thread reaches the buyer's main flow, quoted.
  await thread.getByRole("textbox", { name: "Reply in thread" }).fill("Noted, packing today");
  await thread.getByRole("button", { name: "Send" }).click();
  await expect(thread.getByText("Noted, packing today")).toBeVisible();
  await screenshot(supplier, "chat-thread-panel");
  const answer = messageList(buyer).getByRole("listitem").filter({ hasText: "Noted, packing today" });
  await expect(answer.getByRole("button", { name: /Reply to Owner: New kurtis/ })).toBeVisible();
  await expect(messageList(buyer).getByRole("button", { name: "2 replies" })).toBeVisible();

  // Tapping a quote brings its parent into view.
  await buyer.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await answer.getByRole("button", { name: /Reply to Owner/ }).click();
  await expect(original).toBeInViewport();
  await close();
});

test("ticks go from sent to delivered to read as the other side's phone gets and shows the message", async ({ browser }) => {
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Tick Tailors", buyer: "Asha Garments" });
  const conversationUrl = buyer.url();
  await buyer.getByRole("link", { name: "Back" }).click(); // the buyer waits on the list
  await expect(buyer).toHaveURL(/\/chats$/);

  await supplier.goto(conversationUrl);
  await sendMessage(supplier, "Dispatch on Monday");
  const mine = messageList(supplier).getByRole("listitem").filter({ hasText: "Dispatch on Monday" });
  await expect(mine.getByLabel("Delivered")).toBeVisible(); // the buyer's phone got it, unread
  await buyer.getByRole("link", { name: /Tick Tailors/ }).click();
  await expect(mine.getByLabel("Read")).toBeVisible();
  await close();
});
