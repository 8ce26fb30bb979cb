import { expect, test, type Locator, type Page } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

/** A finger held on the element past the long-press delay, then lifted, as a touch screen sends it:
 * touch (and pointer) events from the browser itself, then the click a phone's browser sends after
 * the finger lifts, aimed at whatever is under the finger by then (no pointerdown of its own). */
async function longPress(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error("nothing to press");
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  await page.waitForTimeout(800);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.evaluate(
    ([px, py]) => document.elementFromPoint(px!, py!)?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, clientX: px, clientY: py, detail: 1 })),
    [x, y],
  );
  await cdp.detach();
}

test("a long press on a touch screen opens the message menu and it stays open after the finger lifts", async ({ browser }) => {
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Touch Textiles", buyer: "Thumb Traders" });
  const conversationId = buyer.url().split("/").pop()!;
  const post = async (key: string, body: string) => {
    const response = await supplier.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `${key}-${conversationId}`, body } });
    expect(response.status()).toBe(201);
  };
  const menu = buyer.getByRole("dialog", { name: "Message actions" });

  // A message near the top: the finger lifts over the dimmed backdrop.
  await post("stock", "New stock of cotton kurtis, 6 designs");
  const bubble = messageList(buyer).getByText("New stock of cotton kurtis, 6 designs");
  await expect(bubble).toBeVisible();
  await longPress(buyer, bubble);
  await expect(menu).toBeVisible();
  await buyer.waitForTimeout(300);
  await expect(menu).toBeVisible();
  await screenshot(buyer, "message-menu-after-long-press");

  // A real tap on a menu item works.
  await menu.getByRole("button", { name: "Reply" }).tap();
  await expect(menu).toHaveCount(0);
  await expect(buyer.getByLabel("Replying to")).toContainText("New stock of cotton kurtis");
  await buyer.getByRole("button", { name: /Cancel reply/i }).tap();

  // A message low on the screen: the menu comes up under the finger, its items must not take the lift.
  for (let i = 1; i <= 14; i++) await post(`line-${i}`, `Colour ${i} is back in stock`);
  await expect(messageList(buyer).getByText("Colour 14 is back in stock")).toBeVisible();
  await buyer.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const low = messageList(buyer).getByText("Colour 14 is back in stock");
  expect((await low.boundingBox())!.y).toBeGreaterThan(560);
  await longPress(buyer, low);
  await buyer.waitForTimeout(300);
  await expect(menu).toBeVisible();
  await expect(buyer.getByLabel("Replying to")).toHaveCount(0);

  // A tap on the backdrop still closes it.
  await buyer.touchscreen.tap(195, 120);
  await expect(menu).toHaveCount(0);
  await close();
});
