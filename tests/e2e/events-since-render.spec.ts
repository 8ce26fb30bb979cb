// What happens while a slow phone is still loading a page reaches it: the page names the event
// log's position it was rendered at, and the tab's first stream replays from there
// (components/realtime/live-events.ts). Without it, a buyer who joined between the server's render
// and the scripts running never appeared in the supplier's list (a CI run caught it).
import { expect, test } from "@playwright/test";
import { createBuyerInvite, freshPhone, joinThroughInvite, signUpSupplier } from "./helpers";

test("a buyer who joins while the supplier's chats list is still loading appears in it", async ({ browser }) => {
  test.setTimeout(120_000);
  // No service worker: the test holds the page's scripts itself.
  const supplierContext = await browser.newContext({ serviceWorkers: "block" });
  const supplier = await supplierContext.newPage();
  await signUpSupplier(supplier, { business: "Slow Phone Silks", name: "Owner", phone: freshPhone(), password: "owner-secret-1" });
  const link = await createBuyerInvite(supplier, "Late Traders");

  // A slow phone: the list's HTML is in, its scripts are held until the buyer has joined.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await supplier.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  await supplier.goto("/chats", { waitUntil: "commit" });
  await expect(supplier.getByRole("heading", { name: "No conversations yet" })).toBeVisible();

  const buyerContext = await browser.newContext();
  await joinThroughInvite(await buyerContext.newPage(), link);

  release();
  await expect(supplier.getByRole("link", { name: /Late Traders/ })).toBeVisible({ timeout: 20_000 });
  await Promise.all([supplierContext.close(), buyerContext.close()]);
});
