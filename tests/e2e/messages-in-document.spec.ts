// A page's browser messages travel once: a page load carries them as plain JSON <script>s written
// while the HTML is rendered (components/i18n/MessagesProvider.tsx), not inside React's payload; a
// move inside the app, which has no HTML, gets them with the page's RSC payload. Both must give
// the browser components their words.
import { expect, test } from "@playwright/test";
import { DEMO_OWNER, logIn } from "./helpers";

test("a page load carries the messages as JSON beside React's payload, and a move inside the app still has them", async ({ page }) => {
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);

  const html = await (await page.request.get("/chats", { headers: { Accept: "text/html" } })).text();
  const sets = [...html.matchAll(/<script type="application\/json" data-messages="([^"]+)">(.*?)<\/script>/g)].map((match) => ({ key: match[1]!, messages: JSON.parse(match[2]!) as Record<string, unknown> }));
  // The chats layout's set and the page's own, neither repeating the other's namespaces.
  expect(sets.map((set) => set.key)).toEqual(["en:chat,desk,nav,system", "en:push,settings"]);
  expect(Object.keys(sets[0]!.messages)).toEqual(["chat", "desk", "nav", "system"]);
  const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((match) => JSON.parse(match[1]!) as string).join("");
  expect(payload.length).toBeGreaterThan(1000);
  expect(payload).not.toMatch(/"messages":\{"/); // the root layout's provider has an empty set

  // The chats list drew with them: its own words, not message keys.
  await expect(page.getByRole("link", { name: /Kavya Kurtis/ })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(/\b(chat|push|settings|composer)\.[a-z]\w+/);

  // A chat opened from the list comes by the router: its messages ride in its payload.
  await page.getByRole("link", { name: /Kavya Kurtis/ }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Message actions" }).first()).toBeAttached();
  await expect(page.locator("body")).not.toContainText(/\b(chat|composer|orders|designs)\.[a-z]\w+/);
});
