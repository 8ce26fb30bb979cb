// Sharing a design out of the viewer: the photo on screen as a file with its code, title and price
// where the browser shares files (a phone), else the text and link copied to the clipboard.
import { expect, test } from "@playwright/test";
import { messageList, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("from the viewer a design is shared as its photo with code and price, or copied where sharing is missing", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Share Looms", buyer: "Forward Traders" });
  await supplier.getByRole("link", { name: /Forward Traders/ }).click();
  await postDesigns(supplier, ["450"]);

  await messageList(buyer).getByRole("button", { name: "Open D-0001" }).click();
  const viewer = buyer.getByRole("dialog", { name: "Design photos" });
  await expect(viewer.getByText("Rs 450 / pc")).toBeVisible();

  // A phone's share sheet (this desktop Chromium has none): record what the app hands it.
  await buyer.evaluate(() => {
    const sink = window as unknown as { shared?: unknown };
    Object.defineProperty(navigator, "canShare", { configurable: true, value: (data: ShareData) => Boolean(data.files?.length) });
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: async (data: ShareData) => {
        sink.shared = { text: data.text, title: data.title, files: (data.files ?? []).map((file) => ({ name: file.name, type: file.type, size: file.size })) };
      },
    });
  });
  await viewer.getByRole("button", { name: "Share D-0001" }).click();
  await expect.poll(() => buyer.evaluate(() => (window as unknown as { shared?: unknown }).shared ?? null)).toMatchObject({
    title: "D-0001",
    text: expect.stringMatching(/^D-0001 · .+ · Rs 450 \/ pc$/),
    files: [{ name: expect.stringMatching(/^D-0001\.(jpg|webp)$/), type: expect.stringMatching(/^image\//) }],
  });
  const shared = (await buyer.evaluate(() => (window as unknown as { shared: { files: { size: number }[] } }).shared))!;
  expect(shared.files[0]!.size).toBeGreaterThan(5_000);

  // Without a share sheet: the text and the design's link go to the clipboard.
  await buyerContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  await buyer.evaluate(() => Object.defineProperty(navigator, "share", { configurable: true, value: undefined }));
  await viewer.getByRole("button", { name: "Share D-0001" }).click();
  await expect(viewer.getByRole("status")).toHaveText("Copied: paste it in any chat");
  const copied = await buyer.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^D-0001 · .+ · Rs 450 \/ pc\nhttp:\/\/localhost:\d+\/catalog\/[a-z0-9]+$/);
  await close();
});
