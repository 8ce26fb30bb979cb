// Issue 13, findings 3 and 9, against the production server (lib/server/front-door.ts): a 64 MB
// login body is refused from its declared length before it is read, and a write to a static file
// answers 405 (Next answered 500).
import net from "node:net";
import { expect, test } from "@playwright/test";

function serverAddress(baseURL: string | undefined): { host: string; port: number } {
  const url = new URL(baseURL ?? "http://localhost:3100");
  return { host: url.hostname === "localhost" ? "127.0.0.1" : url.hostname, port: Number(url.port) };
}

test("a 64 MB login body is answered 413 while almost all of it is still unsent", async ({ baseURL }) => {
  const { host, port } = serverAddress(baseURL);
  const declared = 64 * 1024 * 1024;
  const socket = net.connect(port, host);
  const reply = new Promise<string>((resolve) => {
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.includes("\r\n\r\n")) resolve(text);
    });
    socket.on("close", () => resolve(text));
    socket.on("error", () => undefined);
  });
  socket.write(`POST /api/auth/callback/credentials HTTP/1.1\r\nHost: ${host}:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${declared}\r\n\r\n`);
  // Send one megabyte of the 64 and then nothing more: only a server that answers from the declared
  // length can reply now (one that reads the body waits for 63 MB that never come). Writing on after
  // the answer made the server's close a reset that threw the unread answer away under load (CI).
  socket.write(Buffer.alloc(1024 * 1024, "a"));
  const text = await reply;
  socket.destroy();
  expect(text).toMatch(/^HTTP\/1\.1 413 /);
});

test("writes to static files answer 405 with Allow, reads still work", async ({ request, page }) => {
  await page.goto("/login");
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute("src");
  expect(script).toBeTruthy();
  for (const path of [script!, "/icon.svg", "/manifest.webmanifest"]) {
    for (const method of ["POST", "PUT", "DELETE"] as const) {
      const response = await request.fetch(path, { method, data: method === "DELETE" ? undefined : "x" });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD");
    }
    expect((await request.get(path)).status()).toBe(200);
  }
});
