// Stopping the production server (lib/server/graceful-stop.ts) with the real chat gateway in front:
// event streams end cleanly (browsers reconnect elsewhere with Last-Event-ID), no new connection
// is accepted, a request already in flight still gets its answer, and resources are released only
// after it. The process level (signals through npm) is tested in tests/e2e/start-and-stop.spec.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { endEventStreams, handleChatRequest } from "@/lib/server/chat-gateway";
import { stopGracefully } from "@/lib/server/graceful-stop";
import { createSupplier } from "../support/factories";
import { sessionCookieFor } from "../support/session-cookie";

/** A server with the gateway and one route, /slow, that answers when the test says so. */
async function startServer() {
  let answerSlow = () => {};
  let slowArrived = () => {};
  const arrived = new Promise<void>((resolve) => (slowArrived = resolve));
  const server = http.createServer((req, res) => {
    if (handleChatRequest(req, res)) return;
    if (req.url === "/slow") {
      answerSlow = () => res.end("done");
      slowArrived();
      return;
    }
    // Never answers: only the grace period ends it.
    if (req.url === "/stuck") return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, slowArrived: arrived, answerSlow: () => answerSlow() };
}

/** GET that settles with how the response ended: "end" (complete) or "aborted" (cut off). */
function get(url: string, options: http.RequestOptions = {}) {
  let firstChunk = () => {};
  const started = new Promise<void>((resolve) => (firstChunk = resolve));
  const finished = new Promise<{ status: number; body: string; ending: "end" | "aborted" }>((resolve, reject) => {
    const request = http.get(url, { agent: new http.Agent({ keepAlive: true }), ...options }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
        firstChunk();
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, ending: "end" }));
      response.on("aborted", () => resolve({ status: response.statusCode ?? 0, body, ending: "aborted" }));
      response.on("error", () => resolve({ status: response.statusCode ?? 0, body, ending: "aborted" }));
    });
    request.on("error", reject);
  });
  return { started, finished };
}

describe("stopping the server", () => {
  it("ends event streams, refuses new connections, lets the request in flight finish, then releases", async () => {
    const { server, base, slowArrived, answerSlow } = await startServer();
    const { owner } = await createSupplier("Stopping");
    const cookie = await sessionCookieFor(owner);
    const stream = get(`${base}/api/events`, { headers: { cookie } });
    await stream.started;
    const slow = get(`${base}/slow`);
    await slowArrived;

    const steps: string[] = [];
    const stopped = stopGracefully(server, { endStreams: endEventStreams, release: async () => void steps.push("released") }, 60_000);

    expect(await stream.finished).toMatchObject({ status: 200, ending: "end" });
    expect((await stream.finished).body).toContain(": connected");
    await expect(fetch(`${base}/slow`)).rejects.toThrow();
    expect(steps).toEqual([]);

    answerSlow();
    expect(await slow.finished).toEqual({ status: 200, body: "done", ending: "end" });
    steps.push("slow answered");
    await stopped;
    expect(steps).toEqual(["slow answered", "released"]);

    // A stream asked for after endEventStreams (a request that was on its way) ends at once too.
    const { server: later, base: laterBase } = await startServer();
    const late = get(`${laterBase}/api/events`, { headers: { cookie } });
    expect(await late.finished).toMatchObject({ status: 200, ending: "end" });
    later.closeAllConnections();
    await new Promise((resolve) => later.close(resolve));
  });

  it("cuts a request that outlives the grace period, then releases", async () => {
    const { server, base } = await startServer();
    const stuck = get(`${base}/stuck`);
    stuck.finished.catch(() => {});
    // Wait until the server holds the request (the connection is no longer idle).
    while ((await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)))) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const steps: string[] = [];
    await stopGracefully(server, { endStreams: () => {}, release: async () => void steps.push("released") }, 100);
    expect(steps).toEqual(["released"]);
    await expect(stuck.finished).rejects.toThrow();
  });
});
