// The production server's front door over real sockets: who the client is, what a body may be,
// how long it may take, and what a static file accepts. The handler behind it stands in for the
// gateway and Next, and counts what it reads.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { bodyLimitFor } from "@/lib/limits";
import { createFrontDoor } from "./front-door";

interface Seen {
  requests: number;
  bodyBytes: number;
  /** Bytes the server had taken off the socket when it answered. */
  socketBytesRead: number[];
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function start(options: { hops?: number; bodyTimeoutMs?: number } = {}) {
  const seen: Seen = { requests: 0, bodyBytes: 0, socketBytesRead: [] };
  const server = http.createServer(
    createFrontDoor({
      trustedProxyHops: options.hops ?? 0,
      publicFiles: new Set(["/icon.svg"]),
      bodyLimitFor: (path, isAction) => ({ ...bodyLimitFor(path, isAction), ...(options.bodyTimeoutMs ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}) }),
      next: (req, res) => {
        seen.requests++;
        if (req.url === "/stream") {
          res.writeHead(200, { "Content-Type": "text/event-stream" });
          res.write(": connected\n\n");
          return;
        }
        req.on("data", (chunk: Buffer) => (seen.bodyBytes += chunk.length));
        req.on("end", () => res.end(JSON.stringify({ address: req.headers["x-forwarded-for"] })));
      },
    }),
  );
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => res.on("finish", () => seen.socketBytesRead.push(req.socket.bytesRead)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

/** Sends raw bytes and resolves with everything the server sent back once it closes the connection. */
function rawExchange(port: number, head: string, body = ""): { reply: Promise<string>; socket: Socket } {
  const socket = net.connect(port, "127.0.0.1");
  socket.write(head + body);
  const reply = new Promise<string>((resolve) => {
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("close", () => resolve(text));
    socket.on("error", () => undefined);
  });
  return { reply, socket };
}

describe("the client's address", () => {
  it("ignores a forged X-Forwarded-For without a trusted proxy", async () => {
    const { port } = await start({ hops: 0 });
    const response = await fetch(`http://127.0.0.1:${port}/api/auth/callback/credentials`, { method: "POST", headers: { "X-Forwarded-For": "6.6.6.6" }, body: "x" });
    expect(await response.json()).toEqual({ address: "127.0.0.1" });
  });

  it("takes the address the trusted proxy appended, not what the client wrote before it", async () => {
    const { port } = await start({ hops: 1 });
    const response = await fetch(`http://127.0.0.1:${port}/login`, { headers: { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" } });
    expect(await response.json()).toEqual({ address: "203.0.113.9" });
  });
});

describe("request bodies", () => {
  it("refuses a 64 MB login body with 413 from its declared length, without reading it", async () => {
    const { port, seen } = await start();
    const { reply, socket } = rawExchange(
      port,
      `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${64 * 1024 * 1024}\r\n\r\n`,
      "phone=1&password=".padEnd(64 * 1024, "a"),
    );
    // Keep offering more of the body while the answer comes: the server must not take it.
    socket.write(Buffer.alloc(1024 * 1024, "a"));
    const text = await reply;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toMatch(/A login can be up to 8 KB/);
    expect(seen.requests).toBe(0);
    expect(seen.bodyBytes).toBe(0);
    // What the kernel handed Node before the socket closed, far below the 64 MB declared.
    expect(seen.socketBytesRead.every((bytes) => bytes < 2 * 1024 * 1024)).toBe(true);
  });

  it("keeps reading a refused body for a moment, so a client still sending it can read the 413", async () => {
    // A phone on a slow link is still sending when the answer comes, and reads it later. Closing
    // with its bytes unread resets the connection: its next write fails and the answer it has not
    // read yet is thrown away (the e2e test of this failed so under load in CI).
    const { port } = await start();
    const socket = net.connect(port, "127.0.0.1");
    socket.pause(); // not reading yet
    let failed: Error | null = null;
    socket.on("error", (error) => (failed = error));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    socket.write(`POST /api/auth/callback/credentials HTTP/1.1\r\nHost: x\r\nContent-Length: ${64 * 1024 * 1024}\r\n\r\n`);
    for (let sent = 0; sent < 2; sent++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      socket.write(Buffer.alloc(512 * 1024, "a"));
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.resume();
    await closed;
    expect(failed).toBeNull();
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("lets a body within its route's limit through, and holds each route to its own limit", async () => {
    const { port, seen } = await start();
    const message = JSON.stringify({ clientId: "abcdefgh", body: "é".repeat(4000) });
    const posted = await fetch(`http://127.0.0.1:${port}/api/conversations/c1/messages`, { method: "POST", body: message });
    expect(posted.status).toBe(200);
    expect(seen.bodyBytes).toBe(Buffer.byteLength(message));
    const tooBigForLogin = await fetch(`http://127.0.0.1:${port}/api/auth/callback/credentials`, { method: "POST", body: "a".repeat(9 * 1024) });
    expect(tooBigForLogin.status).toBe(413);
    const action = await fetch(`http://127.0.0.1:${port}/broadcasts/new`, { method: "POST", headers: { "Next-Action": "abc" }, body: "a".repeat(200 * 1024) });
    expect(action.status).toBe(200);
    const notAnAction = await fetch(`http://127.0.0.1:${port}/broadcasts/new`, { method: "POST", body: "a".repeat(200 * 1024) });
    expect(notAnAction.status).toBe(413);
  });

  it("asks for the length of a body sent without one (411)", async () => {
    const { port, seen } = await start();
    const { reply } = rawExchange(port, `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n`, "5\r\nhello\r\n");
    expect(await reply).toMatch(/^HTTP\/1\.1 411 /);
    expect(seen.requests).toBe(0);
  });

  it("cuts a body that stops arriving (408), while an event stream's response stays open", async () => {
    const { port } = await start({ bodyTimeoutMs: 300 });
    const stream = await new Promise<http.IncomingMessage>((resolve) => http.get(`http://127.0.0.1:${port}/stream`, resolve));
    let streamClosed = false;
    stream.on("close", () => (streamClosed = true));
    stream.resume();

    const { reply } = rawExchange(port, `POST /api/conversations/c1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`, '{"body":');
    const text = await reply; // resolves when the server closes the slow connection
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(streamClosed).toBe(false);
    stream.destroy();
  });
});

describe("static files", () => {
  it("answer a write with 405 and say what they allow", async () => {
    const { port, seen } = await start();
    for (const path of ["/_next/static/chunks/app.js", "/icon.svg"]) {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, body: method === "DELETE" ? undefined : "x" });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get("allow")).toBe("GET, HEAD");
      }
    }
    expect(seen.requests).toBe(0);
    const read = await fetch(`http://127.0.0.1:${port}/icon.svg`);
    expect(read.status).toBe(200);
  });
});
