// A buyer's STOP (issue 15, item 3): from a supplier's album the buyer stops new designs; both
// sides see the line; the next broadcast to all buyers skips them and says so on its page; START
// brings them back.
import { expect, test } from "@playwright/test";
import { inviteBuyer, messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

const QUIET = "Quiet Traders";
const OPEN = "Open Traders";

test("a buyer stops broadcasts from an album; the next broadcast skips them and counts it; START brings them back", async ({ browser }) => {
  // Three phones and a broadcast: ~40 s alone, twice that beside another worker on two cores.
  test.setTimeout(150_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Stop Prints", buyer: QUIET });

  // A second buyer, for the broadcast to reach.
  const { page: open, context: openContext } = await inviteBuyer(browser, supplier, OPEN);

  await supplier.goto("/chats");
  await supplier.getByRole("link", { name: new RegExp(QUIET) }).click();
  await postDesigns(supplier, ["450"]);

  // The buyer long-presses the album (right-click here) and stops new designs.
  const album = messageList(buyer).getByRole("listitem").filter({ has: buyer.getByRole("list", { name: "1 design" }) });
  await expect(album).toBeVisible({ timeout: 30_000 });
  await album.getByRole("list", { name: "1 design" }).click({ button: "right" });
  await buyer.getByRole("dialog", { name: "Message actions" }).getByRole("button", { name: "Stop new designs (sends STOP)" }).click();
  const stoppedLine = `${QUIET} stopped new designs from broadcasts. Reply START to get them again.`;
  for (const page of [buyer, supplier]) await expect(messageList(page).getByText(stoppedLine)).toBeVisible();
  await expect(messageList(supplier).getByText("STOP", { exact: true })).toBeVisible();
  await screenshot(buyer, "broadcast-stopped-buyer");

  // The supplier sends the design to all buyers: the form says who will be skipped.
  await supplier.goto("/catalog");
  await supplier.getByRole("button", { name: "Select" }).click();
  await supplier.getByRole("list", { name: "Designs" }).getByRole("button", { name: /^D-0001,/ }).click();
  await supplier.getByRole("link", { name: "Send to buyers" }).click();
  await expect(supplier.getByRole("listitem").filter({ hasText: QUIET })).toContainText("will be skipped");
  await supplier.getByLabel("All buyers (2)").check();
  await screenshot(supplier, "broadcast-form-stopped");
  await supplier.getByRole("button", { name: "Send to all 2 buyers" }).click();
  await expect(supplier).toHaveURL(/\/broadcasts\/[a-z0-9]+$/);
  await expect(supplier.getByText("Skipped 1 buyer who stopped new designs (replied STOP).")).toBeVisible();
  const buyers = supplier.getByRole("list", { name: "Buyers" });
  await expect(buyers.getByRole("listitem")).toHaveCount(1);
  await expect(buyers).toContainText(OPEN);
  await expect(messageList(open).getByRole("list", { name: "1 design" })).toBeVisible();
  await screenshot(supplier, "broadcast-status-skipped");
  // Only the album posted in the chat itself: the broadcast did not reach the stopped buyer.
  await expect(messageList(buyer).getByRole("list", { name: "1 design" })).toHaveCount(1);

  // START brings broadcasts back.
  await buyer.getByRole("textbox", { name: "Message" }).fill("start");
  await buyer.getByRole("button", { name: "Send" }).click();
  await expect(messageList(buyer).getByText(`${QUIET} will get new designs from broadcasts again.`)).toBeVisible();

  await openContext.close();
  await close();
});
