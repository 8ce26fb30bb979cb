// Keyboard use of a bottom sheet (the message menu): focus moves in, Tab stays in, Escape brings
// focus back to the button that opened it.
import { expect, test } from "@playwright/test";
import { messageList, screenshot, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("the message menu opened by keyboard keeps Tab inside and gives focus back on Escape", async ({ browser }) => {
  const { buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Focus Fabrics", buyer: "Keyboard Kurtis" });
  await sendMessage(buyer, "Do you have the blue one in XL?");
  const bubble = messageList(buyer).getByRole("listitem").filter({ hasText: "Do you have the blue one in XL?" });
  await expect(bubble).toBeVisible();

  const opener = bubble.getByRole("button", { name: "Message actions" });
  await opener.focus();
  await buyer.keyboard.press("Enter");
  const menu = buyer.getByRole("dialog", { name: "Message actions" });
  await expect(menu).toBeVisible();
  await expect(menu).toBeFocused();
  await buyer.keyboard.press("Tab");
  await screenshot(buyer, "message-menu-keyboard");

  const focusIsInMenu = () => menu.evaluate((dialog) => dialog.contains(document.activeElement));
  // More presses than the menu has items: focus wraps around instead of leaving.
  for (let press = 0; press < 6; press++) {
    await buyer.keyboard.press("Tab");
    expect(await focusIsInMenu()).toBe(true);
  }
  for (let press = 0; press < 6; press++) {
    await buyer.keyboard.press("Shift+Tab");
    expect(await focusIsInMenu()).toBe(true);
  }

  await buyer.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(opener).toBeFocused();
  await close();
});
