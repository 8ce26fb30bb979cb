// Every screen of the README gallery, reached as a person reaches it: signed out, as the demo
// owner and as the demo buyer Meena. Sheets and viewers are opened, pictured and closed again
// without sending, so both sizes picture the same state (tests/screens/demo-scene.ts made it).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { renderGarmentPhoto } from "@/lib/demo/garment-photo";
import { saveScreen, type SavedScreen } from "./capture";
import { BROADCAST_CAPTION, type DemoScene } from "./demo-scene";
import { ANJALI, contextOptions, MEENA, OWNER, signedIn, SUPPLIER_NAME, type Viewport } from "./people";

interface Walk {
  browser: Browser;
  baseURL: string;
  viewport: Viewport;
  scene: DemoScene;
  /** Where this size's pictures go (public/readme/phone or public/readme/desk). */
  dir: string;
  saved: SavedScreen[];
}

async function shoot(walk: Walk, page: Page, name: string): Promise<void> {
  walk.saved.push(await saveScreen(page, walk.dir, name));
}

const messages = (page: Page) => page.getByRole("list", { name: "Messages" });

async function openChat(page: Page, name: string): Promise<void> {
  await page.goto("/chats");
  await page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: new RegExp(name) }).click();
  await page.waitForURL(/\/chats\/[a-z0-9]+$/);
  await messages(page).waitFor();
}

/** Scrolls the chat so the newest order card sits just under the header, with the album posted
 * after it below: both in one picture. (A chat opens at the first unread message.) */
async function showOrderCardAndAlbum(page: Page): Promise<void> {
  const card = messages(page).getByRole("listitem").filter({ hasText: "Order #1004" }).first();
  await card.evaluate((element) => {
    element.scrollIntoView({ block: "start" });
    const headerBottom = document.querySelector("header")?.getBoundingClientRect().bottom ?? 0;
    const hidden = headerBottom + 8 - element.getBoundingClientRect().top;
    if (hidden <= 0) return;
    let scroller = element.parentElement;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && getComputedStyle(scroller).overflowY !== "visible")) scroller = scroller.parentElement;
    (scroller ?? document.scrollingElement)?.scrollBy({ top: -hidden });
  });
}

/** Opens the first row of a list of links whose name matches, as a person taps it. */
async function tap(page: Page, list: string, name: RegExp, url: RegExp): Promise<void> {
  await page.getByRole("list", { name: list }).getByRole("link", { name }).first().click();
  await page.waitForURL(url);
}

async function closeDialog(page: Page, name: string): Promise<void> {
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name }).waitFor({ state: "detached" });
}

async function signedOutScreens(walk: Walk): Promise<void> {
  const context = await walk.browser.newContext(contextOptions(walk.baseURL, walk.viewport));
  const page = await context.newPage();
  await page.goto("/login");
  await shoot(walk, page, "login");
  await page.goto("/signup");
  await shoot(walk, page, "signup");
  await page.goto(walk.scene.inviteLink);
  await page.getByRole("button", { name: "Open the chat" }).waitFor();
  await shoot(walk, page, "invite");
  await context.close();
}

/** Three camera-sized garment photos, as a supplier picks them from the gallery. */
async function garmentPhotos(dir: string): Promise<string[]> {
  const looks = [
    { colour: "#7a1f3d", accent: "#e9c46a", pattern: "paisley" },
    { colour: "#2a6f4e", accent: "#f4efe6", pattern: "floral" },
    { colour: "#f0e3c4", accent: "#9b2226", pattern: "checks" },
  ] as const;
  return Promise.all(
    looks.map(async (look, index) => {
      const file = path.join(dir, `garment-${index + 1}.jpg`);
      writeFileSync(file, await renderGarmentPhoto({ seed: 101 + index, ...look, width: 1200, height: 1500 }));
      return file;
    }),
  );
}

async function postDesignsSheet(walk: Walk, owner: Page): Promise<void> {
  const photosDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-screens-photos-"));
  try {
    await owner.getByLabel("Post design photos").setInputFiles(await garmentPhotos(photosDir));
    const sheet = owner.getByRole("dialog", { name: "Post designs" });
    await sheet.getByRole("button", { name: "Post 3 designs" }).waitFor();
    await sheet.getByLabel("Caption").fill("Diwali festive drop 🪔 ready stock");
    await sheet.getByRole("button", { name: "Design 1 details (optional)" }).click();
    await sheet.locator("#design-0-title").fill("Mirror-work Rayon Kurti");
    await sheet.locator("#design-0-price").fill("480");
    await sheet.locator("#design-0-sizes").fill("S:1 M:2 L:2 XL:1");
    await sheet.locator("#design-0-colours").fill("Maroon, Bottle green");
    // Typing scrolled the sheet down to the fields: a person looking at it sees the photos first.
    await owner.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sheet.getByRole("list", { name: "Photos to post" }).evaluate((photos) => photos.parentElement?.scrollTo({ top: 0 }));
    await shoot(walk, owner, "owner-post-designs");
    // Cancel: nothing is posted, so the other size pictures the same chat.
    await sheet.getByRole("button", { name: "Cancel" }).click();
    await sheet.waitFor({ state: "detached" });
  } finally {
    rmSync(photosDir, { recursive: true, force: true });
  }
}

async function ownerScreens(walk: Walk): Promise<void> {
  const owner = await signedIn(walk.browser, walk.baseURL, walk.viewport, OWNER);
  await shoot(walk, owner, "owner-chats");

  await openChat(owner, MEENA.name);
  await showOrderCardAndAlbum(owner);
  await shoot(walk, owner, "owner-conversation");
  await messages(owner).getByRole("button", { name: /^\d+ repl(y|ies)$/ }).first().click();
  await owner.getByRole("dialog", { name: "Thread" }).getByRole("list", { name: "Thread messages" }).waitFor();
  await shoot(walk, owner, "owner-thread");
  await closeDialog(owner, "Thread");
  await postDesignsSheet(walk, owner);

  await owner.goto("/catalog");
  await shoot(walk, owner, "owner-catalog");
  await tap(owner, "Designs", /^D-0001,/, /\/catalog\/[a-z0-9]+$/);
  await shoot(walk, owner, "owner-design");

  await owner.goto("/orders");
  await shoot(walk, owner, "owner-orders");
  await tap(owner, "Orders", /#1002/, /\/orders\/[a-z0-9]+$/);
  await owner.getByRole("heading", { level: 1, name: "Order #1002" }).waitFor();
  await shoot(walk, owner, "owner-order");
  await owner.goto("/orders/dashboard");
  await shoot(walk, owner, "owner-dashboard");

  await owner.goto("/broadcasts");
  await shoot(walk, owner, "owner-broadcasts");
  await tap(owner, "Broadcasts", new RegExp(BROADCAST_CAPTION.slice(0, 20)), /\/broadcasts\/[a-z0-9]+$/);
  await shoot(walk, owner, "owner-broadcast");
  // A new broadcast, chosen from the catalog as the owner does it, filled in but not sent.
  await owner.goto("/catalog");
  await owner.getByRole("button", { name: "Select" }).click();
  for (const code of ["D-0011", "D-0012"]) await owner.getByRole("list", { name: "Designs" }).getByRole("button", { name: new RegExp(`^${code},`) }).click();
  await owner.getByRole("link", { name: "Send to buyers" }).click();
  await owner.waitForURL(/\/broadcasts\/new\?designs=/);
  await owner.getByLabel("Message (optional)").fill("Madras checks and linen, new this week");
  await owner.getByLabel(ANJALI.name).check();
  await shoot(walk, owner, "owner-broadcast-new");

  await owner.goto("/business/invites");
  await shoot(walk, owner, "owner-invites");
  await owner.context().close();
}

async function buyerScreens(walk: Walk): Promise<void> {
  const buyer = await signedIn(walk.browser, walk.baseURL, walk.viewport, MEENA);
  await shoot(walk, buyer, "buyer-chats");

  await openChat(buyer, SUPPLIER_NAME);
  await showOrderCardAndAlbum(buyer);
  await shoot(walk, buyer, "buyer-conversation");
  const album = messages(buyer).getByRole("listitem").filter({ hasText: BROADCAST_CAPTION });
  await album.getByRole("button", { name: /^Open D-0010/ }).click();
  // The viewer fetches the album's designs ("Loading…"); its Pick button comes with them.
  await buyer.getByRole("dialog", { name: "Design photos" }).getByRole("button", { name: "Pick D-0010" }).waitFor();
  await shoot(walk, buyer, "buyer-design-viewer");
  await buyer.getByRole("button", { name: "Pick D-0010" }).click();
  await buyer.getByRole("dialog", { name: "Pick D-0010" }).waitFor();
  await shoot(walk, buyer, "buyer-pick-sheet");
  await closeDialog(buyer, "Pick D-0010");
  if (await buyer.getByRole("dialog", { name: "Design photos" }).count()) await closeDialog(buyer, "Design photos");
  await buyer.getByRole("button", { name: /\d+ designs?, \d+ pcs/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).waitFor();
  await shoot(walk, buyer, "buyer-tray");
  await closeDialog(buyer, "Your picks");

  await buyer.goto("/catalog");
  await shoot(walk, buyer, "buyer-catalog");
  await tap(buyer, "Designs", /^D-0007,/, /\/catalog\/[a-z0-9]+$/);
  await shoot(walk, buyer, "buyer-design");

  await buyer.goto("/orders");
  await shoot(walk, buyer, "buyer-orders");
  await tap(buyer, "Orders", /#1001/, /\/orders\/[a-z0-9]+$/);
  await buyer.getByRole("heading", { level: 1, name: "Order #1001" }).waitFor();
  await shoot(walk, buyer, "buyer-order");

  // The connection notice, on the chats list where a person waits for news.
  await buyer.goto("/chats");
  await buyer.context().setOffline(true);
  await buyer.getByRole("status").filter({ hasText: /back online/ }).waitFor();
  await shoot(walk, buyer, "buyer-offline");
  await buyer.context().setOffline(false);
  await buyer.context().close();
}

/** Pictures every screen at one size into `dir`. */
export async function walkScreens(browser: Browser, baseURL: string, viewport: Viewport, scene: DemoScene, dir: string): Promise<SavedScreen[]> {
  const walk: Walk = { browser, baseURL, viewport, scene, dir, saved: [] };
  console.log(`${viewport.name} (${viewport.width}x${viewport.height}):`);
  await signedOutScreens(walk);
  await ownerScreens(walk);
  await buyerScreens(walk);
  return walk.saved;
}
