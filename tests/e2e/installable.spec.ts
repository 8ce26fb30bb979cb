// The app is installable: the production build serves a complete manifest with its icons and the
// service worker, and the worker takes control of the page.
import { expect, test } from "@playwright/test";
import { DEMO_OWNER, logIn } from "./helpers";

test("the manifest, its icons and the service worker are served with the right types", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const body = (await manifest.json()) as { start_url: string; scope: string; display: string; theme_color: string; short_name: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(body).toMatchObject({ start_url: "/chats", scope: "/", display: "standalone", theme_color: "#0b7a59", short_name: "Chatalog" });
  for (const size of ["192x192", "512x512"]) {
    expect(body.icons).toContainEqual(expect.objectContaining({ sizes: size, purpose: "maskable" }));
    expect(body.icons).toContainEqual(expect.objectContaining({ sizes: size, purpose: "any" }));
  }
  for (const icon of body.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toMatch(/^image\/(png|svg\+xml)/);
  }

  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/^(application|text)\/javascript/);
  expect(await worker.text()).toContain('addEventListener("push"');
});

test("the service worker registers after load and controls the page after a reload", async ({ page }) => {
  await logIn(page, DEMO_OWNER.phone, DEMO_OWNER.password);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/);
  await expect(page.getByRole("heading", { name: "Surat Silk House" })).toBeVisible();
});
