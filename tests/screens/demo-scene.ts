// What the demo lacks for a full set of pictures, done once through the screens as people do it:
// the owner sends a broadcast (so it has a delivery page and a fresh album sits beside the order
// cards in Meena's chat) and creates a buyer invite; Meena picks two of the broadcast's designs (so
// her tray has something to review). The pictures of both sizes are then taken of the same state.
import type { Browser, Page } from "@playwright/test";
import { ANJALI, MEENA, OWNER, PHONE, SUPPLIER_NAME, signedIn } from "./people";

export const BROADCAST_CAPTION = "Summer lawn collection, ready stock: dispatch in 3 days ☀️";
const BROADCAST_DESIGNS = ["D-0007", "D-0008", "D-0010"];
const MEENA_PICKS = ["D-0007", "D-0008"];

export interface DemoScene {
  /** A fresh buyer invite's link, for the signed-out landing page. */
  inviteLink: string;
}

async function sendBroadcast(owner: Page): Promise<void> {
  await owner.goto("/catalog");
  await owner.getByRole("button", { name: "Select" }).click();
  const grid = owner.getByRole("list", { name: "Designs" });
  for (const code of BROADCAST_DESIGNS) await grid.getByRole("button", { name: new RegExp(`^${code},`) }).click();
  await owner.getByRole("link", { name: "Send to buyers" }).click();
  await owner.waitForURL(/\/broadcasts\/new\?designs=/);
  await owner.getByLabel("Message (optional)").fill(BROADCAST_CAPTION);
  await owner.getByLabel(MEENA.name).check();
  await owner.getByLabel(ANJALI.name).check();
  await owner.getByRole("button", { name: "Send to 2 buyers" }).click();
  await owner.waitForURL(/\/broadcasts\/(?!new)[a-z0-9]+$/);
}

async function createInvite(owner: Page): Promise<string> {
  await owner.goto("/business/invites");
  await owner.getByLabel("Buyer's name (optional)").fill("Lakshmi Textiles");
  await owner.getByLabel("Buyer's mobile (optional)").fill("+91 98765 43210");
  await owner.getByRole("button", { name: "Create buyer invite" }).click();
  const link = owner.getByLabel("Invite link");
  await link.waitFor();
  return link.inputValue();
}

async function pickFromBroadcast(meena: Page): Promise<void> {
  await meena.getByRole("link", { name: new RegExp(SUPPLIER_NAME) }).click();
  await meena.waitForURL(/\/chats\/[a-z0-9]+$/);
  const album = meena.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({ hasText: BROADCAST_CAPTION });
  for (const code of MEENA_PICKS) {
    await album.getByRole("button", { name: new RegExp(`^Open ${code}`) }).click();
    await meena.getByRole("button", { name: `Pick ${code}` }).click();
    const sheet = meena.getByRole("dialog", { name: `Pick ${code}` });
    await sheet.getByRole("button", { name: /^Add/ }).click();
    await sheet.waitFor({ state: "detached" });
    // The viewer stays open behind the sheet on some paths; a person closes it to see the chat.
    const viewer = meena.getByRole("dialog", { name: "Design photos" });
    if (await viewer.count()) await meena.keyboard.press("Escape");
    await viewer.waitFor({ state: "detached" });
  }
}

export async function setUpScene(browser: Browser, baseURL: string): Promise<DemoScene> {
  const owner = await signedIn(browser, baseURL, PHONE, OWNER);
  await sendBroadcast(owner);
  const inviteLink = await createInvite(owner);
  const meena = await signedIn(browser, baseURL, PHONE, MEENA);
  await pickFromBroadcast(meena);
  await Promise.all([owner.context().close(), meena.context().close()]);
  return { inviteLink };
}
