// The chat gateway (lib/server/chat-gateway.ts) alone on a free local port, for the tests that
// talk HTTP to it. Call at the top of a file or describe block (it registers beforeAll and afterAll); `gateway.base` is its URL once the
// block's tests run. Paths the gateway does not answer get 404.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { handleChatRequest } from "@/lib/server/chat-gateway";

export function serveGatewayForTests(): { readonly base: string } {
  const gateway = { base: "" };
  let server: http.Server;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (!handleChatRequest(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    gateway.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return gateway;
}
