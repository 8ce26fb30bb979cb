// Notifications from the person's side: the chats list offers them only once the person has sent
// something, "Not now" puts the offer away, a chat can be muted (and stays so), and the settings
// page says what this device can do. (The sending side is tested against a local push service in
// tests/integration/push-notifications.test.ts: this Chromium cannot reach a real one.)
import { expect, test } from "@playwright/test";
import { freshPhone, screenshot, sendMessage, signUpSupplier, supplierAndBuyerInConversation } from "./helpers";

const OFFER = { name: "Get a notification when a buyer picks a design" };

test("a new supplier is not asked on arrival; after sending a message the chats list asks, and Not now puts it away", async ({ browser }) => {
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await signUpSupplier(page, { business: "Quiet Threads", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Quiet Threads" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn on" })).toHaveCount(0);
  await fresh.close();

  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Asking Textiles", buyer: "Ritu" });
  try {
    const sent = buyer.waitForResponse((response) => /\/messages$/.test(response.url()) && response.request().method() === "POST" && response.ok());
    await sendMessage(buyer, "Hello, new designs?");
    await sent;
    await buyer.goto("/chats");
    const offer = buyer.getByRole("region", { name: "Get a notification when new designs arrive" });
    await expect(offer).toBeVisible();
    await screenshot(buyer, "notifications-offer");
    await offer.getByRole("button", { name: "Not now" }).click();
    await expect(offer).toHaveCount(0);
    await buyer.reload();
    await expect(buyer.getByRole("link", { name: /Asking Textiles/ })).toBeVisible();
    await expect(buyer.getByRole("region", { name: "Get a notification when new designs arrive" })).toHaveCount(0);

    // The supplier has sent nothing yet: no offer. (The invite they created is not a message.)
    await supplier.goto("/chats");
    await expect(supplier.getByRole("link", { name: /Ritu/ })).toBeVisible();
    await expect(supplier.getByRole("region", OFFER)).toHaveCount(0);
  } finally {
    await close();
  }
});

test("a chat can be muted from its top bar, and stays muted after a reload", async ({ browser }) => {
  const { supplier, close } = await supplierAndBuyerInConversation(browser, { business: "Mute Mills", buyer: "Sona" });
  try {
    await supplier.getByRole("link", { name: /Sona/ }).click();
    const mute = supplier.getByRole("button", { name: "Mute notifications" });
    await expect(mute).toHaveAttribute("aria-pressed", "false");
    await mute.click();
    await expect(mute).toHaveAttribute("aria-pressed", "true");
    await screenshot(supplier, "conversation-muted");
    await supplier.reload();
    await expect(supplier.getByRole("button", { name: "Mute notifications" })).toHaveAttribute("aria-pressed", "true");
    await supplier.getByRole("button", { name: "Mute notifications" }).click();
    await expect(supplier.getByRole("button", { name: "Mute notifications" })).toHaveAttribute("aria-pressed", "false");
  } finally {
    await close();
  }
});

test("the settings page says what this device can do and lists no devices for a new person", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpSupplier(page, { business: "Settings Silk", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("link", { name: "Notifications on this phone" }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByRole("heading", { name: "Devices with notifications on" })).toBeVisible();
  await expect(page.getByText("None yet.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Notifications are (off|blocked)|cannot show notifications/ })).toBeVisible();
  await screenshot(page, "notification-settings");
  await context.close();
});
