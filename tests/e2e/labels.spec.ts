// Labels (issue 15, items 2 and 3): a supplier names a group of buyers, puts the label on two of
// them at once, shows only those chats, and sends designs to the label, which skips the labelled
// buyer who replied STOP; a buyer never sees a label.
import { expect, test } from "@playwright/test";
import { audit, report, type Finding } from "./axe-audit";
import { inviteBuyer, messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("a supplier labels two buyers at once and filters the chats by the label; the buyer sees no labels", async ({ browser }) => {
  test.setTimeout(180_000);
  const findings: Finding[] = [];
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Label Looms", buyer: "Vip Traders" });
  // Two more buyers.
  const others = [];
  const joined = [];
  for (const name of ["Credit Stores", "Plain Retail"]) joined.push(await inviteBuyer(browser, supplier, name));
  for (const { context } of joined) others.push(context);
  const creditStores = joined[0]!.page;

  // From the chats list: no labels yet, one chip to start.
  await supplier.goto("/chats");
  const filter = supplier.getByRole("navigation", { name: "Show chats by label" });
  await filter.getByRole("link", { name: "+ Label buyers" }).click();
  await expect(supplier.getByRole("heading", { name: "Labels" })).toBeVisible();
  const add = supplier.getByRole("form", { name: "Add a label" });
  await add.getByLabel("Name").fill("VIP");
  await add.getByText("amber").click();
  // A double tap adds one.
  await add.getByRole("button", { name: "Add label" }).dblclick();
  const labels = supplier.getByRole("list", { name: "Labels" });
  await expect(labels.getByRole("listitem")).toHaveCount(1);
  await expect(labels).toContainText("VIP");
  await expect(labels).toContainText("0 buyers");
  await screenshot(supplier, "labels");
  await audit(supplier, "labels", findings);

  // Two buyers at once.
  await labels.getByRole("link", { name: /VIP/ }).click();
  await supplier.getByLabel("Vip Traders").check();
  await supplier.getByLabel("Credit Stores").check();
  await supplier.getByRole("button", { name: "Save buyers (2)" }).click();
  await expect(supplier.getByRole("status").filter({ hasText: "VIP: 2 buyers." })).toBeVisible();
  await screenshot(supplier, "label-buyers");
  await audit(supplier, "a label's buyers", findings);

  // The chats list by label: only those two; All shows the three.
  await supplier.getByRole("link", { name: "Show these chats" }).click();
  await expect(supplier).toHaveURL(/\/chats\?label=[a-z0-9]+$/);
  const chats = supplier.getByRole("list", { name: "Conversations" });
  await expect(chats.getByRole("link")).toHaveCount(2);
  await expect(chats).toContainText("Vip Traders");
  await expect(chats).toContainText("Credit Stores");
  await expect(chats).not.toContainText("Plain Retail");
  await expect(filter.getByRole("link", { name: "VIP" })).toHaveAttribute("aria-current", "page");
  await screenshot(supplier, "chats-by-label");
  await filter.getByRole("link", { name: "All" }).click();
  await expect(chats.getByRole("link")).toHaveCount(3);

  // Sending designs to the label: one tap ticks its two buyers; Credit Stores replied STOP and is skipped.
  await sendMessage(creditStores, "STOP");
  await expect(messageList(creditStores).getByText("Credit Stores stopped new designs from broadcasts. Reply START to get them again.")).toBeVisible();
  await chats.getByRole("link", { name: /Vip Traders/ }).click();
  await postDesigns(supplier, ["520"]);
  await supplier.goto("/catalog");
  await supplier.getByRole("button", { name: "Select" }).click();
  await supplier.getByRole("list", { name: "Designs" }).getByRole("button", { name: /^D-0001,/ }).click();
  await supplier.getByRole("link", { name: "Send to buyers" }).click();
  await supplier.getByRole("button", { name: "Choose the 2 buyers labelled VIP" }).click();
  await expect(supplier.getByLabel("Vip Traders")).toBeChecked();
  await expect(supplier.getByLabel("Credit Stores")).toBeChecked();
  await expect(supplier.getByLabel("Plain Retail")).not.toBeChecked();
  await expect(supplier.getByRole("listitem").filter({ hasText: "Credit Stores" })).toContainText("will be skipped");
  await supplier.getByRole("button", { name: "Send to 2 buyers" }).click();
  await expect(supplier).toHaveURL(/\/broadcasts\/[a-z0-9]+$/);
  await expect(supplier.getByText("Skipped 1 buyer who stopped new designs (replied STOP).")).toBeVisible();
  await expect(supplier.getByRole("list", { name: "Buyers" }).getByRole("listitem")).toHaveCount(1);
  await expect(supplier.getByRole("list", { name: "Buyers" })).toContainText("Vip Traders");
  // Only the album the supplier posted in Vip Traders' own chat reached a chat; none reached Credit Stores.
  await expect(messageList(creditStores).getByRole("list", { name: "1 design" })).toHaveCount(0);

  // The buyer's list has no label filter, and the labels page is not theirs.
  await buyer.goto("/chats");
  await expect(buyer.getByRole("navigation", { name: "Show chats by label" })).toHaveCount(0);
  await buyer.goto("/business/labels");
  await expect(buyer.getByRole("heading", { name: "Not found" })).toBeVisible();

  expect(findings, report(findings)).toEqual([]);
  await Promise.all(others.map((context) => context.close()));
  await close();
});
