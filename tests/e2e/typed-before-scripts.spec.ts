// On a slow phone the chat's field is on screen before the scripts have run. What a person types
// then must be sendable once they have: Send was left greyed out over a written message.
import { expect, test } from "@playwright/test";
import { createBuyerInvite, freshPhone, joinThroughInvite, messageList, signUpSupplier } from "./helpers";

test("a message typed before the page's scripts have loaded is sent with Send", async ({ browser }) => {
  test.setTimeout(120_000);
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await signUpSupplier(supplier, { business: "Early Looms", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  const link = await createBuyerInvite(supplier, "Quick Typist");
  // No service worker: it would answer the scripts from its cache, past the hold below.
  const buyerContext = await browser.newContext({ serviceWorkers: "block" });
  const buyer = await buyerContext.newPage();
  await joinThroughInvite(buyer, link);
  // Hold every script of the app until the message is typed.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await buyer.route("**/_next/static/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  await buyer.reload({ waitUntil: "domcontentloaded" });
  const field = buyer.getByRole("textbox", { name: "Message" });
  await field.fill("Typed before the scripts came");
  release();
  const send = buyer.getByRole("button", { name: "Send" });
  await expect(send).toBeEnabled({ timeout: 30_000 });
  await send.click();
  await expect(messageList(buyer).getByText("Typed before the scripts came")).toBeVisible();
  await expect(field).toHaveValue("");
  await Promise.all([supplierContext.close(), buyerContext.close()]);
});
