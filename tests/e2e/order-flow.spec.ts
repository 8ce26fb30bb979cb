// The product's main path at a phone's size, in two browsers: a supplier posts real photos as
// designs, the buyer views and picks them in the chat, confirms an order, and follows it as the
// supplier accepts, records a payment and dispatches.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { cameraJpegWithGps, transparentPng, webpPhoto } from "../support/photo-files";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

const filesDir = path.resolve("tests/.tmp/e2e-files");

async function writeFiles() {
  mkdirSync(filesDir, { recursive: true });
  const files = {
    camera: path.join(filesDir, "camera.jpg"),
    png: path.join(filesDir, "cutout.png"),
    webp: path.join(filesDir, "fabric.webp"),
    fake: path.join(filesDir, "notes.jpg"),
  };
  writeFileSync(files.camera, await cameraJpegWithGps());
  writeFileSync(files.png, await transparentPng());
  writeFileSync(files.webp, await webpPhoto());
  writeFileSync(files.fake, "this is a text file, not a photo");
  return files;
}

async function fillDetails(page: Page, index: number, details: Record<string, string>) {
  const sheet = page.getByRole("dialog", { name: "Post designs" });
  await sheet.getByRole("button", { name: `Design ${index + 1} details (optional)` }).click();
  for (const [label, value] of Object.entries(details)) await sheet.locator(`#design-${index}-${label}`).fill(value);
}

async function pickDesign(buyer: Page, code: string) {
  const sheet = buyer.getByRole("dialog", { name: `Pick ${code}` });
  await expect(sheet).toBeVisible();
  return sheet;
}

test("supplier posts photos as designs; the buyer views, picks, orders; the supplier accepts, is paid and dispatches", async ({ browser }) => {
  test.setTimeout(120_000);
  const files = await writeFiles();
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Album Apparels", buyer: "Priya Collections" });
  await supplier.getByRole("link", { name: /Priya Collections/ }).click();

  // A text file named .jpg is refused with a message; the three real photos upload.
  await supplier.getByLabel("Post design photos").setInputFiles([files.camera, files.png, files.webp, files.fake]);
  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  const tiles = sheet.getByRole("list", { name: "Photos to post" }).getByRole("listitem");
  await expect(tiles.nth(3)).toHaveAttribute("data-status", "rejected");
  await expect(tiles.nth(3)).toContainText("This file is not a photo");
  await tiles.nth(3).getByRole("button", { name: "Remove photo" }).click();
  await expect(sheet.getByRole("button", { name: "Post 3 designs" })).toBeEnabled({ timeout: 30_000 });
  await fillDetails(supplier, 0, { title: "Rayon kurti, block print", price: "450", sizes: "S:1 M:2 L:2 XL:1", colours: "Red, Mustard", minimumSets: "2" });
  await fillDetails(supplier, 1, { price: "300", sizes: "M:2 L:2" });
  await fillDetails(supplier, 2, { price: "250", sizes: "Free:1" });
  await sheet.getByLabel("Caption").fill("New festive stock");
  await screenshot(supplier, "post-designs-sheet");
  await sheet.getByRole("button", { name: "Post 3 designs" }).click();
  await expect(sheet).toHaveCount(0);

  // The album arrives live on the buyer's side.
  const album = messageList(buyer).getByRole("list", { name: "3 designs" });
  await expect(album).toBeVisible();
  await screenshot(buyer, "album-in-chat");

  // The photos the buyer can fetch carry no location and stand upright.
  const thumb = await album.locator("img").first().getAttribute("src");
  const bytes = await (await buyer.request.get(thumb!)).body();
  const metadata = await sharp(bytes).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(metadata.height).toBeGreaterThan(metadata.width!); // the sideways camera shot, turned upright

  // Viewer: swipe to the next design, double-tap to zoom, back.
  await album.getByRole("button", { name: "Open D-0001" }).click();
  const viewer = buyer.getByRole("dialog", { name: "Design photos" });
  await expect(viewer.getByText("Rs 450 / pc")).toBeVisible();
  await expect(viewer.getByText("1 of 3")).toBeVisible();
  await screenshot(buyer, "design-viewer");
  const photo = viewer.getByRole("img", { name: /D-0001, photo 1 of 3/ });
  await photo.dblclick();
  await expect(photo).toHaveAttribute("data-zoom", "2.50");
  await photo.dblclick();
  await expect(photo).toHaveAttribute("data-zoom", "1.00");
  await viewer.getByLabel("Photos", { exact: true }).evaluate((strip) => strip.scrollTo({ left: strip.clientWidth }));
  await expect(viewer.getByText("2 of 3")).toBeVisible();
  await expect(viewer.getByText("Rs 300 / pc")).toBeVisible();

  // Picks: the first design below its minimum is refused with the reason.
  await viewer.getByLabel("Photos", { exact: true }).evaluate((strip) => strip.scrollTo({ left: 0 }));
  await expect(viewer.getByText("1 of 3")).toBeVisible();
  await viewer.getByRole("button", { name: "Pick D-0001" }).click();
  let pick = await pickDesign(buyer, "D-0001");
  await pick.getByRole("button", { name: "Fewer sets" }).click();
  await pick.getByRole("button", { name: /^Add 6 pcs/ }).click();
  await expect(pick.getByRole("alert")).toHaveText("D-0001 needs at least 2 sets.");
  await pick.getByRole("button", { name: "More sets" }).click();
  await screenshot(buyer, "pick-sheet");
  await pick.getByRole("button", { name: "Add 12 pcs · Rs 5,400" }).click();
  await expect(pick).toHaveCount(0);
  await expect(buyer.getByRole("button", { name: /1 design, 12 pcs, Rs 5,400/ })).toBeVisible();

  for (const [index, code] of [[1, "D-0002"], [2, "D-0003"]] as const) {
    await album.getByRole("button", { name: new RegExp(`^Open ${code}`) }).click();
    await expect(buyer.getByRole("dialog", { name: "Design photos" }).getByText(`${index + 1} of 3`)).toBeVisible();
    await buyer.getByRole("button", { name: `Pick ${code}` }).click();
    pick = await pickDesign(buyer, code);
    await pick.getByRole("button", { name: /^Add/ }).click();
    await expect(pick).toHaveCount(0);
  }
  // The picks are cards quoting the album, shown to the supplier too; they are not its replies.
  await expect(messageList(supplier).getByText("D-0001 Red, 2 sets = 12 pcs, Rs 5,400")).toBeVisible();
  for (const page of [buyer, supplier]) await expect(messageList(page).getByRole("button", { name: /^\d+ repl(y|ies)$/ })).toHaveCount(0);
  await screenshot(supplier, "picks-under-album-without-replies");

  // Review and confirm: one order, #1001, on both sides.
  await buyer.getByRole("button", { name: /3 designs, 17 pcs, Rs 6,850/ }).click();
  await screenshot(buyer, "tray-review");
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).dblclick();
  const card = (page: Page) => messageList(page).getByRole("listitem").filter({ hasText: "Order #1001 placed" });
  await expect(card(buyer)).toContainText("Waiting for supplier");
  await expect(card(supplier)).toBeVisible();
  await expect(messageList(supplier).getByText(/Order #1002/)).toHaveCount(0);

  // The supplier accepts, records a UPI payment and dispatches; the buyer sees each step.
  await card(supplier).getByRole("button", { name: "Accept" }).click();
  await expect(messageList(buyer).getByText(/Order #1001 accepted by Owner/)).toBeVisible();
  await card(supplier).getByRole("button", { name: "Payment received" }).click();
  const payment = supplier.getByRole("dialog", { name: "Record payment" });
  await payment.getByLabel("Amount (Rs)").fill("3000");
  await payment.getByLabel("Reference (optional)").fill("UPI 4021");
  await payment.getByRole("button", { name: "Record payment" }).click();
  await expect(messageList(buyer).getByText(/payment of Rs 3,000 received by UPI/)).toBeVisible();

  // On the phone the buyer asks for one more set of D-0002: the supplier changes the order.
  const chatUrl = supplier.url();
  await card(supplier).getByRole("link", { name: "View order" }).click();
  await expect(supplier.getByRole("heading", { name: "Order #1001" })).toBeVisible();
  await supplier.getByRole("button", { name: "Change quantities" }).click();
  await supplier.getByRole("button", { name: "More sets of D-0002" }).click();
  await supplier.getByRole("button", { name: "Save quantities" }).click();
  await expect(messageList(buyer).getByText(/Order #1001 changed by Owner: now 21 pcs, Rs 8,050/)).toBeVisible();
  await supplier.goto(chatUrl);

  await card(supplier).getByRole("button", { name: "Dispatch" }).click();
  const dispatch = supplier.getByRole("dialog", { name: "Mark dispatched" });
  await dispatch.getByLabel("Transporter").fill("VRL Logistics");
  await dispatch.getByLabel("LR number").fill("LR-5566");
  await dispatch.getByLabel("Parcels").fill("2");
  await dispatch.getByLabel("Photo of the LR (optional)").setInputFiles(files.webp);
  await dispatch.getByRole("button", { name: "Mark dispatched" }).click();
  await expect(messageList(buyer).getByText(/dispatched by VRL Logistics, LR LR-5566, 2 parcels/)).toBeVisible();
  await expect(card(buyer)).toContainText("Dispatched");
  await screenshot(buyer, "order-dispatched");
  // Nothing is left for the buyer to do but wait; no supplier buttons on their side.
  await expect(card(buyer).getByRole("button", { name: "Accept" })).toHaveCount(0);

  // The buyer's order page has the LR photo to collect the parcels with.
  await card(buyer).getByRole("link", { name: "View order" }).click();
  const lrPhoto = buyer.getByRole("img", { name: "Lorry receipt" });
  await expect(lrPhoto).toBeVisible();
  await expect.poll(() => lrPhoto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);

  // The buyer follows it in My orders.
  await buyer.goto("/orders");
  const myOrder = buyer.getByRole("listitem").filter({ hasText: "#1001" });
  await expect(myOrder).toContainText("Dispatched");
  await expect(myOrder).toContainText("Album Apparels");

  // The owner finds it by buyer and by design code, and exports it.
  await supplier.goto("/orders");
  await supplier.locator("summary", { hasText: "More filters" }).click();
  await supplier.getByLabel("Buyer", { exact: true }).selectOption({ label: "Priya Collections" });
  await supplier.getByRole("button", { name: "Apply" }).click();
  await expect(supplier).toHaveURL(/[?&]buyerId=/);
  await expect(supplier.getByRole("list", { name: "Orders" }).getByRole("listitem").filter({ hasText: "#1001" })).toBeVisible();
  await supplier.goto("/orders");
  await supplier.locator("summary", { hasText: "More filters" }).click();
  await supplier.getByLabel("Design code").fill("d-0002");
  await supplier.getByRole("button", { name: "Apply" }).click();
  await expect(supplier.getByRole("list", { name: "Orders" }).getByRole("listitem")).toHaveCount(1);
  // D-0002's own line: 2 sets of M:2 L:2 at Rs 300 (the whole order is 21 pcs, Rs 8,050).
  await expect(supplier.getByTestId("totals-amount")).toHaveText("Rs 2,400");
  await expect(supplier.getByTestId("totals-count")).toHaveText("1 order · 8 pcs");
  const exportHref = await supplier.getByRole("link", { name: "Export lines (CSV)" }).getAttribute("href");
  const csv = await (await supplier.request.get(exportHref!)).text();
  const orderLines = csv.split("\r\n").filter((line) => line.startsWith("#1001,"));
  expect(orderLines).toHaveLength(1);
  expect(orderLines[0]).toContain("D-0002");
  expect(orderLines[0]).toContain("Priya Collections");
  await close();
});
