// Headers (issue 13, finding 7): every answer of ours, whatever served it (Next's pages, the chat
// gateway's API and event stream, photos, static files), carries the security headers; walking
// the main screens as a supplier and as a buyer trips no Content-Security-Policy violation; and
// an order page cannot be put in a frame, not even by a page of our own origin.
import { expect, test, type Page } from "@playwright/test";
import { messageList, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

const REQUIRED = ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"];

/** Records, for every response from our server, which required header it lacks, and every CSP
 * violation the browser reports. */
function watch(page: Page, origin: string) {
  const checks: Array<Promise<{ url: string; missing: string[]; frameAncestors: boolean }>> = [];
  const violations: string[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith(origin)) return;
    checks.push(
      response.allHeaders().then((headers) => ({
        url: response.url(),
        missing: REQUIRED.filter((name) => !headers[name]),
        frameAncestors: (headers["content-security-policy"] ?? "").includes("frame-ancestors 'none'") && headers["x-frame-options"] === "DENY",
      })),
    );
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return {
    violations,
    async results() {
      return Promise.all(checks);
    },
  };
}

async function visit(page: Page, path: string, heading?: RegExp | string) {
  await page.goto(path);
  if (heading) await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  await page.waitForLoadState("load");
}

test("every page, API answer, photo and stream carries the headers, with no CSP violation, for both roles", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Header Textiles", buyer: "Header Buyer" });
  const watched = [watch(supplier, baseURL!), watch(buyer, baseURL!)];

  // Supplier: the chat, posting a design (blob: previews in the sheet), the viewer.
  await supplier.reload();
  await supplier.getByRole("link", { name: /Header Buyer/ }).click();
  await postDesigns(supplier, ["450"]);
  const album = messageList(buyer).getByRole("list", { name: "1 design" });
  await expect(album).toBeVisible();

  // Buyer: the viewer (photos), a pick and an order, its page.
  await album.getByRole("button", { name: /^Open D-0001/ }).click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  await buyer.getByRole("dialog", { name: "Pick D-0001" }).getByRole("button", { name: /^Add/ }).click();
  await buyer.getByRole("button", { name: /1 design/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  const card = messageList(buyer).getByRole("listitem").filter({ hasText: /Order #\d+ placed/ });
  await card.getByRole("link", { name: "View order" }).click();
  await expect(buyer.getByRole("heading", { name: /Order #\d+/ })).toBeVisible();
  const orderPath = new URL(buyer.url()).pathname;
  for (const [path, heading] of [["/orders", /orders/i], ["/catalog", null], ["/settings", "Account"], ["/chats", null], ["/no-such-page", "Not found"]] as const) {
    await visit(buyer, path, heading ?? undefined);
  }

  for (const [path, heading] of [[orderPath, /Order #\d+/], ["/orders", null], ["/orders/dashboard", null], ["/catalog", null], ["/business/invites", "Invite someone"], ["/broadcasts", null], ["/settings", "Account"], ["/no-such-page", "Not found"]] as const) {
    await visit(supplier, path, heading ?? undefined);
  }

  const results = (await Promise.all(watched.map((w) => w.results()))).flat();
  const paths = results.map((result) => new URL(result.url).pathname);
  // The walk reached each kind of answer.
  expect(paths.some((path) => path.startsWith("/photos/"))).toBe(true);
  expect(paths).toContain("/api/events");
  expect(paths.some((path) => path.startsWith("/api/conversations/"))).toBe(true);
  expect(paths.some((path) => path.startsWith("/_next/static/"))).toBe(true);
  expect(results.filter((result) => result.missing.length || !result.frameAncestors)).toEqual([]);
  expect(watched.flatMap((w) => w.violations)).toEqual([]);
  await close();
});

test("an order page cannot be framed, by our own origin or another site", async ({ browser, baseURL }) => {
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Frame Textiles", buyer: "Frame Buyer" });
  await supplier.reload();
  await supplier.getByRole("link", { name: /Frame Buyer/ }).click();
  await postDesigns(supplier, ["300"]);
  const album = messageList(buyer).getByRole("list", { name: "1 design" });
  await album.getByRole("button", { name: /^Open D-0001/ }).click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  await buyer.getByRole("dialog", { name: "Pick D-0001" }).getByRole("button", { name: /^Add/ }).click();
  await buyer.getByRole("button", { name: /1 design/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  await messageList(buyer).getByRole("listitem").filter({ hasText: /Order #\d+ placed/ }).getByRole("link", { name: "View order" }).click();
  await expect(buyer.getByRole("heading", { name: /Order #\d+/ })).toBeVisible();
  const orderUrl = buyer.url();

  // A page of our own origin (the cookie goes along: the worst case) and one of another site.
  for (const framer of [`${baseURL}/framing-test`, "http://attacker.test/"]) {
    await buyer.route(framer, (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><iframe id="victim" src="${orderUrl}" onload="document.title='loaded'"></iframe>` }),
    );
    await buyer.goto(framer);
    await expect(buyer).toHaveTitle("loaded");
    const frame = buyer.frames().find((candidate) => candidate !== buyer.mainFrame());
    expect(frame, "the iframe exists").toBeDefined();
    // Chromium replaces a refused frame with its own error page: the order never renders in it.
    expect(frame!.url()).not.toBe(orderUrl);
    await expect(buyer.frameLocator("#victim").getByRole("heading", { name: /Order #\d+/ })).toHaveCount(0);
  }
  await close();
});
