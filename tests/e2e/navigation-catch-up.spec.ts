// A chat opened by a tap keeps the event stream the chats list opened. A message that arrives
// after the server rendered the chat but before the chat's page took over went to the list; the
// chat must still show it (components/realtime/live-events.ts missedSinceRender). The test holds
// the chat's page back in the network until the list has shown the new message.
import { expect, test } from "@playwright/test";
import { messageList, sendMessage, supplierAndBuyerInConversation } from "./helpers";

test("a message that lands while a tapped chat is on its way is in the chat when it opens", async ({ browser }) => {
  test.setTimeout(90_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Race Prints", buyer: "Late Traders" });
  const conversationId = new URL(buyer.url()).pathname.split("/").pop()!;
  const row = supplier.getByRole("link", { name: /Late Traders/ });
  await expect(row).toBeVisible();

  let rendered!: () => void;
  const serverRendered = new Promise<void>((resolve) => (rendered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // The chat's page (its RSC payload) is rendered by the server at once and handed over later.
  await supplier.route(`**/chats/${conversationId}**`, async (route) => {
    if (!route.request().headers()["rsc"]) return route.continue();
    const response = await route.fetch();
    rendered();
    await released;
    await route.fulfill({ response });
  });

  await row.click();
  await serverRendered;
  await sendMessage(buyer, "Sent while the chat was loading");
  // The list got it on the stream: the message went to the page before the chat.
  await expect(row).toContainText("Sent while the chat was loading");
  release();
  await expect(supplier).toHaveURL(new RegExp(`/chats/${conversationId}$`));
  await expect(messageList(supplier).getByText("Sent while the chat was loading")).toBeVisible();
  await close();
});
