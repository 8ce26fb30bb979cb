// axe-core on the screens the demo data does not reach (issue 11, "every screen"): the post sheet,
// the pick sheet, the buyer's picks, a thread, a broadcast's delivery page, the account and
// notification pages and the share page, each at 390x844 and 1280x800, in a business of its own.
import { expect, test } from "@playwright/test";
import { auditAtBothSizes, report, type Finding } from "./axe-audit";
import { messageList, sendMessage, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("the sheets, a thread, a broadcast and the account pages have no serious or critical axe findings", async ({ browser }) => {
  // About 30 audits at two sizes: minutes beside another worker on two cores.
  test.setTimeout(300_000);
  const findings: Finding[] = [];
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Axe Apparels", buyer: "Lata Stores" });
  await supplier.getByRole("link", { name: /Lata Stores/ }).click();
  await expect(supplier).toHaveURL(buyer.url());

  // The post sheet, filled in (its details panels open), audited just before Post.
  await postDesigns(supplier, ["450", "300"], () => auditAtBothSizes(supplier, "the post sheet", findings));

  // The buyer's pick sheet and the review of her picks.
  const album = messageList(buyer).getByRole("list", { name: "2 designs" });
  await expect(album).toBeVisible();
  await album.getByRole("button", { name: /^Open D-0001/ }).click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  const pick = buyer.getByRole("dialog", { name: "Pick D-0001" });
  await expect(pick).toBeVisible();
  await auditAtBothSizes(buyer, "the pick sheet", findings);
  await pick.getByRole("button", { name: /^Add/ }).click();
  await expect(pick).toHaveCount(0);
  await buyer.getByRole("button", { name: /1 design, \d+ pcs?,/ }).click();
  const tray = buyer.getByRole("dialog", { name: "Your picks" });
  await expect(tray).toBeVisible();
  await auditAtBothSizes(buyer, "the buyer's picks", findings);
  await buyer.keyboard.press("Escape");
  await expect(tray).toHaveCount(0);

  // A thread: the buyer replies to a message, the supplier opens its replies.
  await sendMessage(supplier, "Both in stock this week");
  const original = messageList(buyer).getByRole("listitem").filter({ hasText: "Both in stock this week" }).first();
  await original.getByText("Both in stock this week").click({ button: "right" });
  await buyer.getByRole("dialog", { name: "Message actions" }).getByRole("button", { name: "Reply" }).click();
  await sendMessage(buyer, "Send 2 sets of the first");
  await messageList(supplier).getByRole("button", { name: "1 reply" }).click();
  await expect(supplier.getByRole("dialog", { name: "Thread" })).toBeVisible();
  await auditAtBothSizes(supplier, "a thread", findings);
  await supplier.keyboard.press("Escape");

  // A broadcast's delivery page.
  await supplier.goto("/catalog");
  await supplier.getByRole("button", { name: "Select" }).click();
  await supplier.getByRole("list", { name: "Designs" }).getByRole("button", { name: /^D-0002,/ }).click();
  await supplier.getByRole("link", { name: "Send to buyers" }).click();
  await supplier.getByLabel("Lata Stores").check();
  await supplier.getByRole("button", { name: "Send to 1 buyer" }).click();
  await expect(supplier).toHaveURL(/\/broadcasts\/[a-z0-9]+$/);
  await expect(supplier.getByRole("list", { name: "Buyers" }).getByRole("listitem")).toHaveCount(1);
  await auditAtBothSizes(supplier, "a broadcast", findings);

  // The account pages and the share page (nothing shared), for both roles.
  for (const page of [supplier, buyer]) {
    for (const path of ["/settings", "/settings/notifications", "/share"]) {
      await page.goto(path);
      await auditAtBothSizes(page, path, findings);
    }
  }

  await close();
  expect(findings, report(findings)).toEqual([]);
});
