// Buyer teams (issue 15, item 6): a buyer invites a colleague from the chat's "Shop team" page; the
// colleague joins through the link, lands in the same conversation and writes in it under their
// own name; the supplier sees who wrote. When the buyer removes them, their open chat leaves at once.
import { expect, test } from "@playwright/test";
import { audit, report, type Finding } from "./axe-audit";
import { freshPhone, messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("a buyer invites a colleague who sees the same chat and writes in it; removing them ends it", async ({ browser }) => {
  test.setTimeout(150_000);
  const findings: Finding[] = [];
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Team Textiles", buyer: "Meena Stores" });
  const chatUrl = buyer.url();

  await buyer.getByRole("button", { name: "More", exact: true }).click();
  await buyer.getByRole("dialog", { name: "More" }).getByRole("link", { name: /^Shop team/ }).click();
  await expect(buyer.getByRole("heading", { name: "Shop team" })).toBeVisible();
  await buyer.getByRole("button", { name: "Invite a colleague" }).click();
  const link = await buyer.getByLabel("Invite link").inputValue();
  await screenshot(buyer, "team-invite");
  await audit(buyer, "shop team page", findings);

  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { name: "Join Meena Stores's shop" })).toBeVisible();
  await colleague.getByLabel("Your name").fill("Ravi");
  await colleague.getByLabel("Mobile number").fill(freshPhone());
  await colleague.getByLabel("Password", { exact: true }).fill("colleague-secret-1");
  await colleague.getByRole("button", { name: "Join the shop" }).click();
  await expect(colleague).toHaveURL(chatUrl, { timeout: 20_000 });
  // The colleague sees the chat as the shop does: the supplier on top, the join line in it.
  await expect(colleague.getByRole("heading", { level: 1, name: "Team Textiles" })).toBeVisible();
  await expect(messageList(colleague).getByText("Ravi joined Meena Stores's team")).toBeVisible();

  await supplier.getByRole("link", { name: /Meena Stores/ }).click();
  // The supplier's chat is open (and its stream caught up) before the colleague writes.
  await expect(messageList(supplier).getByText("Ravi joined Meena Stores's team")).toBeVisible();
  await sendMessage(colleague, "Please send the Diwali rates");
  // The supplier sees who wrote it, live; so does the buyer.
  const said = messageList(supplier).getByRole("listitem").filter({ hasText: "Please send the Diwali rates" });
  await expect(said).toContainText("Ravi");
  await buyer.goto(chatUrl);
  await expect(messageList(buyer).getByText("Please send the Diwali rates")).toBeVisible();
  // The colleague sees the buyer's messages under the buyer's name (the chat's title is the supplier).
  await sendMessage(buyer, "Ravi will place today's order");
  await expect(messageList(colleague).getByRole("listitem").filter({ hasText: "Ravi will place today's order" })).toContainText("Meena Stores");
  await sendMessage(supplier, "Sending them now");
  await expect(messageList(colleague).getByText("Sending them now")).toBeVisible();
  await screenshot(colleague, "team-colleague-chat");

  // The colleague picks a design and confirms the shop's tray; the supplier sees who placed it.
  await postDesigns(supplier, ["450"]);
  await messageList(colleague).getByRole("button", { name: /^Open D-0001/ }).click();
  await colleague.getByRole("button", { name: "Pick D-0001" }).click();
  await colleague.getByRole("dialog", { name: "Pick D-0001" }).getByRole("button", { name: /^Add/ }).click();
  await colleague.getByRole("button", { name: /1 design, 1 pc, Rs 450/ }).click();
  await colleague.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  const placed = messageList(supplier).getByRole("listitem").filter({ hasText: "Order #1001 placed" });
  await expect(placed).toContainText("Ravi");
  await expect(messageList(buyer).getByText("Order #1001 placed")).toBeVisible();

  // Removed: the colleague's open chat leaves for the chats list, and the chat is gone from it.
  await buyer.goto(`${chatUrl}/team`);
  buyer.once("dialog", (dialog) => void dialog.accept());
  await buyer.getByRole("button", { name: "Remove Ravi" }).click();
  await expect(buyer.getByText("Ravi was removed.")).toBeVisible();
  await expect(colleague).toHaveURL(/\/chats$/, { timeout: 15_000 });
  await expect(colleague.getByRole("link", { name: /Team Textiles/ })).toHaveCount(0);
  expect((await colleague.goto(chatUrl))?.status()).toBe(404);

  expect(findings, report(findings)).toEqual([]);
  await colleagueContext.close();
  await close();
});
