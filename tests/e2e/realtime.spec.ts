import { expect, test, type Page } from "@playwright/test";
import { freshPhone, signUpSupplier } from "./helpers";

async function send(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
}

test("supplier and buyer see each other's messages and the new conversation without reloading", async ({ browser }) => {
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await signUpSupplier(supplier, { business: "Live Looms", name: "Farah", phone: freshPhone(), password: "live-looms-1" });
  await supplier.goto("/business/invites");
  await supplier.getByLabel("Buyer's name (optional)").fill("Nisha Stores");
  await supplier.getByRole("button", { name: "Create buyer invite" }).click();
  const link = await supplier.getByLabel("Invite link").inputValue();
  await supplier.goto("/chats");
  await expect(supplier.getByText("No conversations yet")).toBeVisible();

  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await buyer.goto(link);
  await buyer.getByLabel("Mobile number").fill(freshPhone());
  await buyer.getByLabel("Password", { exact: true }).fill("nisha-secret-1");
  await buyer.getByRole("button", { name: "Open the chat" }).click();
  await expect(buyer).toHaveURL(/\/chats\/[a-z0-9]+$/);

  // The supplier's list, open all along, shows the buyer who just joined.
  const row = supplier.getByRole("link", { name: /Nisha Stores/ });
  await expect(row).toBeVisible();
  await row.click();
  await expect(supplier).toHaveURL(buyer.url());

  await send(buyer, "Is the mustard kurti back in stock?");
  await expect(supplier.getByRole("list", { name: "Messages" }).getByText("Is the mustard kurti back in stock?")).toBeVisible();
  await send(supplier, "Yes, 40 sets came in today.");
  await expect(buyer.getByRole("list", { name: "Messages" }).getByText("Yes, 40 sets came in today.")).toBeVisible();

  // Back on the list, a new message shows as unread at once.
  await supplier.getByRole("link", { name: "Back" }).click();
  await expect(supplier).toHaveURL(/\/chats$/);
  await send(buyer, "Send 5 sets please");
  await expect(supplier.getByRole("link", { name: /Nisha Stores/ }).getByLabel("1 unread")).toBeVisible();
  await expect(supplier.getByRole("link", { name: /Nisha Stores/ })).toContainText("Send 5 sets please");
  await Promise.all([supplierContext.close(), buyerContext.close()]);
});
