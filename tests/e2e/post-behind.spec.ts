// Posting does not wait for the uploads (issue 12, item 5): Post is tappable as soon as the photos
// are chosen; the album shows at once on the supplier's side with each photo's progress; uploads
// run two at a time; a reload in the middle loses nothing; and the buyer gets the album once.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Route } from "@playwright/test";
import { smallJpeg } from "../support/photo-files";
import { audit, report, type Finding } from "./axe-audit";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";

const filesDir = path.resolve("tests/.tmp/e2e-files");

test("Post goes at once, uploads run two at a time behind it, survive a reload, and the album arrives once", async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(filesDir, { recursive: true });
  const files = await Promise.all(
    [1, 2, 3].map(async (seed) => {
      const file = path.join(filesDir, `behind-${seed}-${process.pid}.jpg`);
      writeFileSync(file, await smallJpeg(seed));
      return file;
    }),
  );
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Behind Textiles", buyer: "Patient Buyer" });
  await supplier.getByRole("link", { name: /Patient Buyer/ }).click();

  // A network that accepts nothing yet: every upload is held where the test can see it.
  const held: Route[] = [];
  await supplier.route("**/api/photos?*", (route) => void held.push(route));

  await supplier.getByLabel("Post design photos").setInputFiles(files);
  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  const post = sheet.getByRole("button", { name: "Post 3 designs" });
  await expect(post).toBeEnabled(); // not "Uploading photos…": nothing is up yet
  await expect(sheet.getByText("You can post now")).toBeVisible();
  await sheet.getByLabel("Caption").fill("Posted before the uploads");
  await post.click();
  await expect(sheet).toHaveCount(0);

  // The album is in the chat at once, each photo with its progress; two uploads at a time.
  const posting = supplier.getByRole("list", { name: "Posting" });
  await expect(posting.getByRole("list", { name: "3 photos on their way" }).getByRole("listitem")).toHaveCount(3);
  await expect(posting.getByText("Posted before the uploads")).toBeVisible();
  await expect(posting.getByRole("status")).toContainText("0 of 3");
  await expect.poll(() => held.length).toBe(2);
  await supplier.waitForTimeout(500);
  expect(held.length).toBe(2); // the third waits for one of them
  await expect(messageList(buyer).getByRole("list", { name: "3 designs" })).toHaveCount(0);
  await screenshot(supplier, "post-behind-pending");
  const findings: Finding[] = [];
  await audit(supplier, "a post on its way", findings);
  expect(findings, report(findings)).toEqual([]);

  // One upload gets through, then the page reloads with the others in flight.
  await held.shift()!.continue();
  await expect(posting.getByRole("status")).toContainText("1 of 3");
  await expect.poll(() => held.length).toBe(2);
  held.splice(0);
  await supplier.reload();
  await expect(supplier.getByRole("list", { name: "Posting" }).getByRole("list", { name: "3 photos on their way" }).getByRole("listitem")).toHaveCount(3);
  await expect(supplier.getByRole("list", { name: "Posting" }).getByRole("status")).toContainText("1 of 3");

  // The network comes back: the rest goes up, the post is sent, and it is the real album now.
  await supplier.unroute("**/api/photos?*");
  for (const route of held.splice(0)) await route.continue().catch(() => undefined);
  await supplier.evaluate(() => window.dispatchEvent(new Event("online")));
  const album = messageList(buyer).getByRole("list", { name: "3 designs" });
  await expect(album).toHaveCount(1, { timeout: 30_000 });
  await expect(messageList(buyer).getByText("Posted before the uploads")).toHaveCount(1);
  await expect(messageList(supplier).getByRole("list", { name: "3 designs" })).toHaveCount(1);
  await expect(supplier.getByRole("list", { name: "Posting" })).toHaveCount(0);

  // Sent once: after a while and a reload there is still one album on each side.
  await buyer.waitForTimeout(1_000);
  await buyer.reload();
  await expect(messageList(buyer).getByRole("list", { name: "3 designs" })).toHaveCount(1);
  await supplier.reload();
  await expect(messageList(supplier).getByRole("list", { name: "3 designs" })).toHaveCount(1);
  await expect(supplier.getByRole("list", { name: "Posting" })).toHaveCount(0);
  await close();
});
