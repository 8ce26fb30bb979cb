// The words on an order before the supplier accepts it, on the demo's placed order #1004
// (Meena Fashions, lib/demo/seed-demo.ts). Nothing here changes the order.
import { expect, test } from "@playwright/test";
import { DEMO_OWNER, logIn, screenshot } from "./helpers";

const MEENA = { phone: "+91 98000 00011", password: "chatalog-demo" };

test("before acceptance the supplier is offered Decline only, and the buyer's cancel sheet has Keep order", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await logIn(owner, DEMO_OWNER.phone, DEMO_OWNER.password);
  await owner.goto("/orders?number=1004");
  await owner.getByRole("list", { name: "Orders" }).getByRole("link", { name: /#1004/ }).click();
  await expect(owner.getByRole("heading", { name: "Order #1004" })).toBeVisible();
  await expect(owner.getByRole("button", { name: "Decline" })).toBeVisible();
  await expect(owner.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  await screenshot(owner, "order-placed-supplier-actions");

  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await logIn(buyer, MEENA.phone, MEENA.password);
  await buyer.goto("/orders");
  await buyer.getByRole("list", { name: "My orders" }).getByRole("link", { name: /#1004/ }).click();
  await buyer.getByRole("button", { name: "Cancel order" }).click();
  const sheet = buyer.getByRole("dialog", { name: "Cancel order" });
  await expect(sheet.getByRole("button", { name: "Keep order" })).toBeVisible();
  await screenshot(buyer, "order-cancel-sheet");
  await sheet.getByRole("button", { name: "Keep order" }).click();
  await expect(sheet).toHaveCount(0);
  await expect(buyer.getByText("Waiting for supplier").first()).toBeVisible();
  await Promise.all([ownerContext.close(), buyerContext.close()]);
});
