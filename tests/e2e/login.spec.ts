import { expect, test } from "@playwright/test";
import { DEMO_OWNER, formAlert, freshPhone, logIn, screenshot, signUpSupplier } from "./helpers";

test("the demo owner logs in and sees the three buyer conversations", async ({ page }) => {
  await page.goto("/login");
  await screenshot(page, "login");
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  await expect(page.getByRole("heading", { name: "Surat Silk House" })).toBeVisible();
  const rows = page.getByRole("list", { name: "Conversations" }).getByRole("listitem");
  await expect(rows).toHaveCount(3);
  for (const name of ["Meena Fashions", "Anjali Boutique", "Kavya Kurtis"]) await expect(page.getByText(name)).toBeVisible();
  // Unread badges are checked on a business of its own (realtime.spec.ts): specs running in
  // parallel post into these demo conversations, which moves the owner's unread counts.
  await screenshot(page, "conversation-list");

  await page.getByRole("searchbox", { name: "Search chats, messages, designs, orders" }).fill("anjali");
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(1);

  // The search also lists Anjali's orders (lib/search); the chat is in the chats list.
  await page.getByRole("list", { name: "Conversations" }).getByRole("link", { name: /Anjali Boutique/ }).click();
  await expect(page).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Anjali Boutique" })).toBeVisible();
  const messages = page.getByRole("list", { name: "Messages" });
  await expect(messages.getByText("Please share the LR copy 🙏")).toBeVisible();

  // The design post shows real thumbnails, served by the authorized photo route.
  const thumbnail = messages.getByRole("img", { name: /^D-000\d / }).first();
  await thumbnail.scrollIntoViewIfNeeded();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);

  // Unique per run: the demo conversation outlives a run (--repeat-each, a developer's server).
  const text = `LR copy sent on your number. VRL, 2 parcels. (${Date.now().toString(36)})`;
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(messages.getByText(text)).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue("");
  await screenshot(page, "conversation");
});

test("a stranger's wrong passwords slow the number down with a clear message, and do not keep its owner out; log out works", async ({ page, browser }) => {
  const phone = freshPhone();
  // Signing up logs in: this browser becomes a device that has logged in to the number.
  await signUpSupplier(page, { business: "Lockout Linen", name: "Dev", phone, password: "the-right-one" });
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await stranger.getByLabel("Mobile number").fill(phone);
    await stranger.getByLabel("Password", { exact: true }).fill(`wrong-${attempt}`);
    await stranger.getByRole("button", { name: "Log in" }).click();
    await expect(formAlert(stranger)).toHaveText("Wrong mobile number or password.");
  }
  const limited = stranger.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await stranger.getByLabel("Password", { exact: true }).fill("wrong-6");
  await stranger.getByRole("button", { name: "Log in" }).click();
  const answer = await limited;
  expect(answer.status()).toBe(429);
  expect(Number(answer.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(formAlert(stranger)).toHaveText(/Too many failed attempts .*Try again in \d+ (seconds?|minutes?)\./);
  await expect(stranger).toHaveURL(/\/login$/);
  await strangerContext.close();

  // The owner's own browser still gets in at once.
  await logIn(page, phone, "the-right-one");
  await expect(page).toHaveURL(/\/chats$/);
});

test("a buyer cannot open another buyer's conversation", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await logIn(owner, DEMO_OWNER.phone, DEMO_OWNER.password);
  await owner.getByRole("link", { name: /Kavya Kurtis/ }).click();
  await expect(owner).toHaveURL(/\/chats\/[a-z0-9]+$/);
  const kavyaUrl = owner.url();

  const meenaContext = await browser.newContext();
  const meena = await meenaContext.newPage();
  await logIn(meena, "+91 98000 00011", DEMO_OWNER.password);
  // Next streams the page, so the status line is sent before notFound() runs; what matters is
  // that nothing of the conversation reaches the browser.
  await meena.goto(kavyaUrl);
  await expect(meena.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect(await meena.content()).not.toContain("Kavya");
  await Promise.all([ownerContext.close(), meenaContext.close()]);
});

test("signed-out visitors are sent to log in and get no events or photos", async ({ page, request }) => {
  expect((await request.get("/api/events")).status()).toBe(401);
  expect((await request.get(`/photos/${"a".repeat(64)}.jpg`)).status()).toBe(404);
  await page.goto("/chats");
  await expect(page).toHaveURL(/\/login\?next=%2Fchats$/);
  await page.goto("/business/invites");
  await expect(page).toHaveURL(/\/login/);
});
