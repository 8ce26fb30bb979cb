// A chat is painted at the right place before any of the app's scripts run (OpenAtPosition): the
// newest message when everything is read, the first unread one otherwise. The app's script files
// are refused here, so only the page's own inline script can have scrolled it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { messageList, supplierAndBuyerInConversation } from "./helpers";

/** The same person in a new tab whose script files never arrive. Service workers are blocked too:
 * the app's worker keeps build files and would serve them from its cache. */
async function openWithoutAppScripts(browser: Browser, as: Page, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: await as.context().storageState(), serviceWorkers: "block", viewport: as.viewportSize() ?? undefined });
  const page = await context.newPage();
  const blocked: string[] = [];
  await page.route("**/_next/static/**/*.js", (route) => (blocked.push(route.request().url()), route.abort()));
  await page.goto(url);
  expect(blocked.length).toBeGreaterThan(0);
  return page;
}

test("before the scripts load, a chat shows its newest message, or its first unread one", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "First Paint Fabrics", buyer: "Early Reader" });
  const url = buyer.url();
  const conversationId = url.split("/").pop()!;
  for (let i = 1; i <= 30; i++) {
    const response = await buyer.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `paint-${i}-${conversationId}`, body: `Paint line ${i}` } });
    expect(response.status()).toBe(201);
  }

  // The buyer wrote them all: the newest is on screen, the oldest of the page is not.
  const buyerTab = await openWithoutAppScripts(browser, buyer, url);
  await expect(messageList(buyerTab).getByText("Paint line 30", { exact: true })).toBeInViewport();
  await expect(messageList(buyerTab).getByText("Paint line 11", { exact: true })).not.toBeInViewport();
  expect(await buyerTab.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // The supplier has read none of it: the first unread message is on screen.
  const supplierTab = await openWithoutAppScripts(browser, supplier, url);
  await expect(supplierTab.getByText(/^\d+ unread messages$/)).toBeInViewport();
  await expect(messageList(supplierTab).getByText("Paint line 30", { exact: true })).not.toBeInViewport();
  await Promise.all([buyerTab.context().close(), supplierTab.context().close()]);
  await close();
});
