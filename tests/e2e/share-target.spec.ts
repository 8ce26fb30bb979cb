// Sharing photos from the gallery into Chatalog (the manifest's share_target): the browser POSTs
// them to /share as a form, the service worker keeps them, the supplier picks the chat and its
// post sheet opens with them; the buyer sees the album.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { webpPhoto } from "../support/photo-files";

const filesDir = path.resolve("tests/.tmp/e2e-files");

test("two photos shared from the gallery land on the post sheet of the chosen chat, and post as an album", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Gallery Prints", buyer: "Share Traders" });
  const manifest = (await (await supplier.request.get("/manifest.webmanifest")).json()) as { share_target: { action: string; method: string; enctype: string; params: { files: { name: string }[] } } };
  expect(manifest.share_target).toMatchObject({ action: "/share", method: "POST", enctype: "multipart/form-data" });
  const field = manifest.share_target.params.files[0]!.name;

  // The worker is in charge once it is active (it claims open pages).
  await supplier.evaluate(async () => void (await navigator.serviceWorker.ready));
  mkdirSync(filesDir, { recursive: true });
  const files = await Promise.all(
    [{ r: 200, g: 40, b: 60 }, { r: 30, g: 90, b: 200 }].map(async (colour, index) => {
      const file = path.join(filesDir, `shared-${index}-${process.pid}.webp`);
      writeFileSync(file, await webpPhoto(900, 1200, colour));
      return file;
    }),
  );

  // What the phone's share sheet does: a form POST of the files to the manifest's action.
  await supplier.evaluate((name) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/share";
    form.enctype = "multipart/form-data";
    form.id = "gallery-share";
    const input = document.createElement("input");
    input.type = "file";
    input.name = name;
    input.multiple = true;
    form.append(input);
    document.body.append(form);
  }, field);
  await supplier.locator("#gallery-share input").setInputFiles(files);
  await supplier.evaluate(() => (document.getElementById("gallery-share") as HTMLFormElement).submit());

  await expect(supplier).toHaveURL(/\/share\?batch=[0-9a-f]{32}&count=2$/);
  await expect(supplier.getByRole("heading", { name: "Share 2 photos" })).toBeVisible();
  await expect(supplier.getByRole("list", { name: "Photos to share" }).getByRole("img")).toHaveCount(2);
  await screenshot(supplier, "share-pick-chat");
  await supplier.getByRole("link", { name: /Share Traders/ }).click();

  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  await expect(sheet.getByRole("heading", { name: "2 photos" })).toBeVisible();
  const post = sheet.getByRole("button", { name: "Post 2 designs" });
  await expect(post).toBeEnabled({ timeout: 30_000 });
  await post.click();
  await expect(sheet).toHaveCount(0);
  // Posted: the address no longer names the share, and the kept photos are gone.
  await expect(supplier).toHaveURL(/\/chats\/[a-z0-9]+$/);
  expect(await supplier.evaluate(async () => (await (await caches.open("chatalog-shared")).keys()).length)).toBe(0);

  // The photos go up and through the server's resizing behind the post: on a busy 2-core machine
  // running other specs beside this one that has taken over 10 s.
  await expect(messageList(buyer).getByRole("list", { name: "2 designs" })).toBeVisible({ timeout: 30_000 });
  await close();
});

test("a buyer who shares photos is told that suppliers post them, and nothing is posted", async ({ browser }) => {
  const { buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Gallery Knits", buyer: "Curious Buyer" });
  await buyer.goto("/share?batch=0123456789abcdef0123456789abcdef&count=1");
  await expect(buyer.getByText("Photos are posted by suppliers.")).toBeVisible();
  await buyer.goto("/share");
  await expect(buyer.getByText("Nothing arrived to share.")).toBeVisible();
  await close();
});
