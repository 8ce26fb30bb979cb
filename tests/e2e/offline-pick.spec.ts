// A pick made without a network (issue 12, item 5: "picks made offline are queued the same way"):
// the sheet closes, the pick waits in the chat, and when the phone is back it is sent once: one
// pick card on each side and one line in the buyer's tray.
import { expect, test } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("a pick made offline waits in the chat and is sent once when the phone is back online", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Signal Sarees", buyer: "Basement Boutique" });
  await supplier.getByRole("link", { name: /Basement Boutique/ }).click();
  await postDesigns(supplier, ["450"]);

  // The buyer opens the design while online, then loses the network before picking.
  const album = messageList(buyer).getByRole("list", { name: "1 design" });
  await album.getByRole("button", { name: /^Open D-0001/ }).click();
  // The viewer has the design before the network goes (going offline while it was still loading
  // showed "could not be loaded" instead, and the test waited for a Pick button that never came).
  const pick = buyer.getByRole("button", { name: "Pick D-0001" });
  await expect(pick).toBeVisible();
  await buyerContext.setOffline(true);
  await pick.click();
  const sheet = buyer.getByRole("dialog", { name: "Pick D-0001" });
  await sheet.getByRole("button", { name: /^Add/ }).click();
  await expect(sheet).toHaveCount(0);
  await buyer.keyboard.press("Escape"); // the viewer, back to the chat
  const waiting = buyer.getByRole("list", { name: "Sending" }).getByRole("listitem").filter({ hasText: "Pick D-0001" });
  await expect(waiting).toContainText("Waiting for network");
  await screenshot(buyer, "offline-pick-waiting");
  await expect(messageList(supplier).getByText(/^D-0001, .*= .*Rs 450/)).toHaveCount(0);

  // Back online: the pick goes once; its card replaces the waiting line; the tray counts it.
  await buyerContext.setOffline(false);
  await buyer.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(messageList(supplier).getByText(/^D-0001, .*= .*Rs 450/)).toHaveCount(1, { timeout: 30_000 });
  await expect(messageList(buyer).getByText(/^D-0001, .*= .*Rs 450/)).toHaveCount(1);
  await expect(buyer.getByRole("list", { name: "Sending" })).toHaveCount(0);
  await expect(buyer.getByRole("button", { name: /^1 design, 1 pc, Rs 450/ })).toBeVisible();
  await buyer.reload();
  await expect(messageList(buyer).getByText(/^D-0001, .*= .*Rs 450/)).toHaveCount(1);
  await close();
});

test("a design opened without a network says so with Try again, and loads once the network is back", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Patchy Prints", buyer: "Tunnel Traders" });
  await supplier.getByRole("link", { name: /Tunnel Traders/ }).click();
  await postDesigns(supplier, ["380"]);
  const album = messageList(buyer).getByRole("list", { name: "1 design" });
  await expect(album).toBeVisible();

  await buyerContext.setOffline(true);
  await album.getByRole("button", { name: /^Open D-0001/ }).click();
  const failed = buyer.getByText("These designs could not be loaded. Check your connection.");
  await expect(failed).toBeVisible();
  await buyer.getByRole("button", { name: "Try again" }).click(); // still offline: it says so again
  await expect(failed).toBeVisible();
  await screenshot(buyer, "design-viewer-offline");

  // The network comes back: the viewer loads by itself, without another tap.
  await buyerContext.setOffline(false);
  await buyer.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(buyer.getByRole("button", { name: "Pick D-0001" })).toBeVisible();
  await expect(failed).toHaveCount(0);
  await close();
});
