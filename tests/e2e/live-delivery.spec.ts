// Live delivery as a person sees it: an open chat draws every kind of message (text, a design
// post, a pick card, the order card and its steps) from the live events alone, with the network
// recorded to prove it asks the server nothing for them; the supplier's chats list, the buyer's My
// orders and the order page, open in other tabs, follow along without a server re-render.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Request } from "@playwright/test";
import { webpPhoto } from "../support/photo-files";
import { messageList, supplierAndBuyerInConversation } from "./helpers";

/** What a tab fetched while recording, minus what drawing the messages legitimately costs:
 * receipts it sends, photo bytes (events carry photo URLs, never bytes), and the buyer's tray,
 * which follows the buyer's own picks and confirmation. */
function recordRequests(page: Page, { ignorePrefetch = false } = {}) {
  const seen: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    const headers = request.headers();
    if (ignorePrefetch && (headers["next-router-prefetch"] || headers["next-router-segment-prefetch"])) return;
    const allowed = (request.method() === "POST" && url.pathname.endsWith("/receipts")) || url.pathname.startsWith("/photos/") || url.pathname.endsWith("/tray") || url.pathname.startsWith("/_next/static/");
    if (!allowed) seen.push(`${request.method()} ${url.pathname}${url.search}`);
  };
  page.on("request", onRequest);
  return { seen, stop: () => page.off("request", onRequest) };
}

test("an open chat draws 20 messages of every kind from events alone; the supplier's list and the buyer's My orders follow live", async ({ browser }) => {
  test.setTimeout(120_000);
  const photo = path.resolve("tests/.tmp/e2e-files/live-delivery.webp");
  mkdirSync(path.dirname(photo), { recursive: true });
  writeFileSync(photo, await webpPhoto(900, 1200));

  const { supplier, buyer, supplierContext, buyerContext, close } = await supplierAndBuyerInConversation(browser, { business: "Event Emporium", buyer: "Lata Live" });
  const conversationId = buyer.url().split("/").pop()!;
  const supplierList = await supplierContext.newPage();
  await supplierList.goto("/chats");
  const myOrders = await buyerContext.newPage();
  await myOrders.goto("/orders");
  await supplier.getByRole("link", { name: /Lata Live/ }).click();
  await expect(buyer.getByRole("status")).toHaveCount(0); // the buyer's stream is connected

  const buyerRequests = recordRequests(buyer);
  const listRequests = recordRequests(supplierList);

  // A design post, through the supplier's camera button.
  await supplier.getByLabel("Post design photos").setInputFiles([photo]);
  const sheet = supplier.getByRole("dialog", { name: "Post designs" });
  const posted = supplier.waitForResponse((r) => r.url().endsWith(`/api/conversations/${conversationId}/designs`) && r.request().method() === "POST");
  await sheet.getByRole("button", { name: "Post design" }).click({ timeout: 30_000 });
  const designId = ((await (await posted).json()) as { designs: { id: string }[] }).designs[0]!.id;
  await expect(messageList(buyer).getByRole("button", { name: "Open D-0001" })).toBeVisible();

  // Fifteen texts from the supplier.
  const texts = Array.from({ length: 15 }, (_, i) => `Stock update ${i + 1}: ${i + 3} sets left`);
  for (const [i, body] of texts.entries()) {
    const answer = await supplier.request.post(`/api/conversations/${conversationId}/messages`, { data: { clientId: `live-delivery-${Date.now()}-${i}`, body } });
    expect(answer.status()).toBe(201);
  }
  for (const body of texts) await expect(messageList(buyer).getByText(body, { exact: true })).toBeVisible();

  // The buyer's pick and confirmation (from another device: this tab only receives them).
  const pick = await buyer.request.post(`/api/conversations/${conversationId}/picks`, { data: { designId, clientId: `pick-${Date.now()}`, sets: 2 } });
  expect(pick.status()).toBe(201);
  const confirmed = await buyer.request.post(`/api/conversations/${conversationId}/orders`, { data: { idempotencyKey: `order-${Date.now()}` } });
  expect(confirmed.status()).toBe(201);
  const order = (await confirmed.json()) as { id: string; number: number };
  await expect(messageList(buyer).getByText(`Order #${order.number}`).first()).toBeVisible();
  await expect(myOrders.getByRole("list", { name: "My orders" })).toContainText("Waiting for supplier");

  // The supplier moves the order on from another phone; My orders follows without a request of
  // its own, and the order page open on the supplier's desk reads only the order's JSON.
  const orderPage = await supplierContext.newPage();
  await orderPage.goto(`/orders/${order.id}`);
  await expect(orderPage.getByText("Waiting for supplier").first()).toBeVisible();
  const ordersRequests = recordRequests(myOrders);
  // The order page's own links (Back, the chat) prefetch once as it loads, whenever that lands:
  // not what an order event costs.
  const orderPageRequests = recordRequests(orderPage, { ignorePrefetch: true });
  for (const action of ["accept", "pack"]) {
    const step = await supplier.request.post(`/api/orders/${order.id}`, { data: { action } });
    expect(step.status()).toBe(200);
  }
  await expect(messageList(buyer).getByText(`Order #${order.number} packed`, { exact: false })).toBeVisible();
  await expect(myOrders.getByRole("list", { name: "My orders" })).toContainText("Packed");

  // The supplier's chats list, open all along, shows the newest line of the conversation.
  await expect(supplierList.getByRole("link", { name: /Lata Live/ })).toContainText(`Order #${order.number} packed`, { ignoreCase: true });

  expect(await messageList(buyer).getByRole("listitem").count()).toBeGreaterThanOrEqual(20);
  expect(buyerRequests.seen).toEqual([]);
  expect(ordersRequests.seen).toEqual([]);
  expect(listRequests.seen).toEqual([]);
  await expect(orderPage.getByRole("list", { name: "Timeline" })).toContainText("Packed");
  // No server render of the page itself, only its data as JSON.
  expect(orderPageRequests.seen.filter((request) => request.startsWith(`GET /orders/${order.id}`))).toEqual([]);
  expect(orderPageRequests.seen).toContain(`GET /api/orders/${order.id}`);
  for (const recording of [buyerRequests, ordersRequests, listRequests, orderPageRequests]) recording.stop();
  await close();
});
