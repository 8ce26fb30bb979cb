// A design posted without a price is quoted in the chat: every place that shows its price says
// "Price on request", never "Rs 0".
import { expect, test } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("an unpriced design reads Price on request on the chat's album tile, not Rs 0", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Quote Textiles", buyer: "Rekha Stores" });
  await supplier.getByRole("link", { name: /Rekha Stores/ }).click();
  await postDesigns(supplier, ["", "300"]);

  const album = messageList(buyer).getByRole("list", { name: "2 designs" });
  await expect(album).toBeVisible();
  const tiles = album.getByRole("listitem");
  await expect(tiles.nth(0)).toContainText("D-0001 · Price on request");
  await expect(tiles.nth(1)).toContainText("D-0002 · Rs 300");
  await expect(album).not.toContainText("Rs 0");
  await screenshot(buyer, "unpriced-album-tile");

  // The viewer and the pick sheet say the same.
  await album.getByRole("button", { name: "Open D-0001" }).click();
  const viewer = buyer.getByRole("dialog", { name: "Design photos" });
  await expect(viewer.getByText("Price on request")).toBeVisible();
  await close();
});
