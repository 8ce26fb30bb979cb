// Opening a chat or a section costs the server one page render, not one more per link on it: no
// link prefetches (lib/link-prefetch.test.ts says why). Before, an opened chat made four such
// requests and the chats list three.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_OWNER, logIn, messageList } from "./helpers";

/** The router requests (prefetches and navigations) a page makes from now on. */
function routerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1" || new URL(request.url()).searchParams.has("_rsc")) seen.push(request.url());
  });
  return seen;
}

test("the chats list and an opened chat prefetch nothing; tapping a row opens the chat with one request", async ({ page }) => {
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  const fromList = routerRequests(page);
  await page.goto("/chats");
  const rows = page.getByRole("list", { name: "Conversations" }).getByRole("link");
  await expect(rows.first()).toBeVisible();
  // The sheets and the stream start once the page is idle; a prefetch came at the same time.
  await page.waitForTimeout(1_500);
  expect(fromList).toEqual([]);

  await rows.first().click();
  await expect(page).toHaveURL(/\/chats\/[a-z0-9]+$/);
  await expect(messageList(page)).toBeVisible();
  // The tap was one request for the chat (its RSC payload), made inside the app.
  expect(fromList.filter((url) => new URL(url).pathname.startsWith("/chats/"))).toHaveLength(1);

  // The chat opened afresh (from a notification, say): its links prefetch nothing either.
  const fromChat = routerRequests(page);
  await page.reload();
  await expect(messageList(page)).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(fromChat).toEqual([]);
});
