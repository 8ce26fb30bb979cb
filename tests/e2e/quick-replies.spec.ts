// Quick replies (issue 15, item 1): the supplier keeps answers on a settings page and puts one into
// a chat by typing "/"; tapping or the keyboard chooses; a buyer's "/" is just text.
import { expect, test } from "@playwright/test";
import { webpPhoto } from "../support/photo-files";
import { audit, report, type Finding } from "./axe-audit";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

const bank = { title: "Bank details", text: "HDFC Bank\nA/c 0012 3456 7890\nIFSC HDFC0000123" };
const qr = { title: "Payment QR", text: "Pay by UPI to gallery@upi and send the screenshot here." };

test("a supplier keeps quick replies and sends one with /; a buyer's / stays text", async ({ browser }) => {
  // Two phones, two axe audits and a dozen steps: ~25 s alone, over 90 s beside another worker in CI.
  test.setTimeout(180_000);
  const findings: Finding[] = [];
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Quick Prints", buyer: "Slash Traders" });

  await supplier.goto("/settings");
  await supplier.getByRole("link", { name: "Answers you send often" }).click();
  await expect(supplier.getByRole("heading", { name: "Quick replies" })).toBeVisible();
  const form = supplier.getByRole("form", { name: "Add a quick reply" });
  // Refused input says why and keeps what was typed.
  await form.getByLabel("Title").fill(bank.title);
  await form.getByRole("button", { name: "Add quick reply" }).click();
  await expect(form.getByText("Write the text to send, or add a photo.")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue(bank.title);
  await form.getByLabel("Text to send").fill(bank.text);
  // A double tap adds one.
  await form.getByRole("button", { name: "Add quick reply" }).dblclick();
  await expect(supplier.getByRole("status").filter({ hasText: `Added “${bank.title}”.` })).toBeVisible();
  await form.getByLabel("Title").fill(qr.title);
  await form.getByLabel("Text to send").fill(qr.text);
  // The payment QR itself goes with the text: a photo uploads as it is chosen.
  await form.getByLabel("Add photo").setInputFiles({ name: "upi-qr.webp", mimeType: "image/webp", buffer: await webpPhoto() });
  await expect(form.getByRole("list", { name: "Photos of this quick reply" }).getByRole("img", { name: "Photo 1" })).toBeVisible({ timeout: 30_000 });
  await form.getByRole("button", { name: "Add quick reply" }).click();
  const list = supplier.getByRole("list", { name: "Quick replies" });
  await expect(list.locator(":scope > li")).toHaveCount(2);
  await expect(supplier.getByRole("list", { name: `Photos of ${qr.title}` }).getByRole("img")).toHaveCount(1);
  await expect(list.locator(":scope > li").first()).toContainText("/Bank details");
  await screenshot(supplier, "quick-replies-settings");
  await audit(supplier, "quick replies settings", findings);

  // In the chat: "/" lists them, letters narrow the list, a tap fills the message.
  await supplier.goto("/chats");
  await supplier.getByRole("link", { name: /Slash Traders/ }).click();
  const field = supplier.getByRole("textbox", { name: "Message" });
  await field.fill("/");
  const options = supplier.getByRole("listbox", { name: "Quick replies" }).getByRole("option");
  await expect(options).toHaveText([/\/Bank details/, /\/Payment QR/]);
  await field.fill("/pay");
  await expect(options).toHaveText([/\/Payment QR/]);
  await screenshot(supplier, "quick-replies-slash");
  await audit(supplier, "quick reply list in the chat", findings);
  await options.first().click();
  await expect(supplier.getByRole("listbox", { name: "Quick replies" })).toHaveCount(0);
  await expect(field).toHaveValue(qr.text);
  await expect(field).toBeFocused();
  await expect(supplier.getByRole("list", { name: "Photos to send" }).getByRole("listitem")).toHaveCount(1);
  await supplier.getByRole("button", { name: "Send" }).click();
  await expect(supplier.getByRole("list", { name: "Photos to send" })).toHaveCount(0);
  // The buyer gets the text and the QR in one message, and opens the QR full screen.
  const sent = messageList(buyer).getByRole("listitem").filter({ hasText: qr.text });
  await expect(sent.getByRole("list", { name: "1 photo" })).toBeVisible();
  await sent.getByRole("button", { name: "Open photo 1 of 1" }).click();
  const viewer = buyer.getByRole("dialog", { name: "Photo" });
  await expect(viewer.locator("img")).toHaveJSProperty("complete", true);
  expect(await viewer.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
  await screenshot(buyer, "quick-reply-photo-received");
  await viewer.getByRole("button", { name: "Close photo" }).click();
  await expect(viewer).toHaveCount(0);

  // With the keyboard: arrows move, Enter chooses (and does not send), Escape closes.
  await field.fill("/");
  await field.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await field.press("ArrowDown");
  await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
  await field.press("Enter");
  await expect(field).toHaveValue(bank.text);
  await field.fill("/ban");
  await field.press("Escape");
  await expect(supplier.getByRole("listbox", { name: "Quick replies" })).toHaveCount(0);
  await expect(field).toHaveValue("/ban");

  // The buyer's "/" is a message like any other, and the buyer cannot read the list.
  const buyerField = buyer.getByRole("textbox", { name: "Message" });
  await buyerField.fill("/pay");
  await expect(buyer.getByRole("listbox", { name: "Quick replies" })).toHaveCount(0);
  await expect(buyer.getByText("Manage quick replies")).toHaveCount(0);
  // Only a supplier's team may ask for any business's list.
  expect((await buyer.request.get("/api/quick-replies?businessId=any")).status()).toBe(403);

  // Changing and removing, back on the settings page.
  await supplier.goto("/settings/quick-replies");
  await supplier.getByRole("button", { name: "Change Bank details" }).click();
  const change = supplier.getByRole("form", { name: "Change “Bank details”" });
  await expect(change.getByLabel("Title")).toBeFocused();
  await change.getByLabel("Text to send").fill("ICICI Bank, A/c 9876");
  await change.getByRole("button", { name: "Save" }).click();
  await expect(list.locator(":scope > li").first()).toContainText("ICICI Bank, A/c 9876");
  supplier.once("dialog", (dialog) => void dialog.accept());
  await supplier.getByRole("button", { name: "Remove Payment QR" }).click();
  await expect(list.locator(":scope > li")).toHaveCount(1);

  expect(findings, report(findings)).toEqual([]);
  await close();
});
