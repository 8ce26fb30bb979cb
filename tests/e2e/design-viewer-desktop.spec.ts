// The design viewer at a laptop's width: a mouse has previous/next buttons, the arrow keys move,
// Escape closes, and the photo strip can be reached with the keyboard (axe: scrollable-region-focusable).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Violations of one axe rule inside `selector`. */
async function axeViolations(page: Page, selector: string, rule: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ selector, rule }) => {
      const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run(selector, { runOnly: { type: "rule", values: [rule] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
    },
    { selector, rule },
  );
}

test("at desktop width the viewer moves with previous/next buttons and arrow keys, Escape closes it, its photos are reachable by keyboard", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Desk Weaves", buyer: "Laptop Traders" });
  await supplier.getByRole("link", { name: /Laptop Traders/ }).click();
  await postDesigns(supplier, ["450", "300"]);

  await buyer.setViewportSize({ width: 1280, height: 800 });
  // The desk's side pane comes in beside the chat (its list loads once the window is wide).
  await expect(buyer.getByRole("region", { name: "Chats" }).getByRole("link", { name: /Desk Weaves/ })).toBeVisible();
  const album = messageList(buyer).getByRole("list", { name: "2 designs" });
  await album.getByRole("button", { name: "Open D-0001" }).click();
  const viewer = buyer.getByRole("dialog", { name: "Design photos" });
  await expect(viewer.getByText("1 of 2")).toBeVisible();
  // Keyboard focus moved into the viewer (and goes back to the album on close, below).
  await expect(viewer).toBeFocused();

  const next = viewer.getByRole("button", { name: "Next photo" });
  const previous = viewer.getByRole("button", { name: "Previous photo" });
  await expect(next).toBeVisible();
  await next.click();
  await expect(viewer.getByText("2 of 2")).toBeVisible();
  await expect(viewer.getByText("Rs 300 / pc")).toBeVisible();
  await screenshot(buyer, "viewer-desktop");
  await previous.click();
  await expect(viewer.getByText("1 of 2")).toBeVisible();

  await buyer.keyboard.press("ArrowRight");
  await expect(viewer.getByText("2 of 2")).toBeVisible();
  await buyer.keyboard.press("ArrowLeft");
  await expect(viewer.getByText("1 of 2")).toBeVisible();

  expect(await axeViolations(buyer, '[role="dialog"]', "scrollable-region-focusable")).toEqual([]);

  await buyer.keyboard.press("Escape");
  await expect(viewer).toHaveCount(0);
  await expect(album.getByRole("button", { name: "Open D-0001" })).toBeFocused();
  await close();
});
