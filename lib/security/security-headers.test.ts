import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { applySecurityHeaders, contentSecurityPolicy, DOCUMENT_POLICY, otherSecurityHeaders } from "./security-headers";

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** A server that applies the headers and echoes back the CSP request header it then saw. */
async function get(headers: Record<string, string> = {}, https = false, path = "/") {
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = http.createServer((req, res) => {
    applySecurityHeaders(req, res, https);
    res.writeHead(200, { "Content-Type": "text/plain" }).end(req.headers["content-security-policy"] ?? "");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { headers });
  return { response, seenByNext: await response.text() };
}

describe("security headers", () => {
  it("are on the response, with the same policy Next reads its nonce from on the request", async () => {
    const { response, seenByNext } = await get();
    const policy = response.headers.get("content-security-policy");
    expect(policy).toBe(seenByNext);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("worker-src 'self'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("give every request its own nonce, which Next can parse, and ignore a nonce the client sent", async () => {
    const forged = contentSecurityPolicy("AAAAAAAAAAAAAAAAAAAAAA==", false);
    const first = await get({ "Content-Security-Policy": forged });
    const second = await get();
    const nonces = [first.seenByNext, second.seenByNext].map((policy) => getScriptNonceFromHeader(policy));
    expect(nonces[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(nonces[0]).not.toBe("AAAAAAAAAAAAAAAAAAAAAA==");
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("give a PDF sent in a chat a policy of its own, which lets the browser's viewer draw it, and nothing else", async () => {
    const key = "a".repeat(64);
    const pdf = await get({}, false, `/photos/${key}.pdf`);
    expect(pdf.response.headers.get("content-security-policy")).toBe(DOCUMENT_POLICY);
    expect(DOCUMENT_POLICY).not.toContain("script-src");
    expect(pdf.response.headers.get("x-content-type-options")).toBe("nosniff");
    // A photo, a look-alike path and a page keep the site's policy.
    for (const path of [`/photos/${key}.webp`, `/photos/${key}.pdf/x`, `/chats/${key}.pdf`, "/photos/x.pdf"]) {
      expect((await get({}, false, path)).response.headers.get("content-security-policy")).toContain("object-src 'none'");
    }
  });

  it("add HSTS and upgrade-insecure-requests only over https", () => {
    expect(otherSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(contentSecurityPolicy("n", true)).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", false)).not.toContain("upgrade-insecure-requests");
  });
});
