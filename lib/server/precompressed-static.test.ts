// Brotli copies of build files over a real socket: sent to a browser that takes brotli, with the
// bytes of the original once decoded; everything else is left to Next (the handler returns false).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, createPrecompressedStatic, precompressBuildFiles } from "./precompressed-static";

let dir: string;
let server: http.Server;
let port: number;
const script = `console.log(${JSON.stringify("a chat in a catalog ".repeat(400))});\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "precompressed-"));
  mkdirSync(path.join(dir, "chunks"));
  mkdirSync(path.join(dir, "css"));
  writeFileSync(path.join(dir, "chunks", "0abc-def.js"), script);
  writeFileSync(path.join(dir, "css", "app.css"), "body{color:red}".repeat(200));
  writeFileSync(path.join(dir, "chunks", "tiny.js"), "1");
  writeFileSync(path.join(dir, "chunks", "photo.png"), "not a script".repeat(200));
  expect(precompressBuildFiles(dir)).toBe(2); // the script and the stylesheet; not the tiny file or the picture
  expect(precompressBuildFiles(dir)).toBe(0); // copies are made once
  const send = createPrecompressedStatic(dir);
  server = http.createServer((req, res) => {
    if (send(req, res)) return;
    res.writeHead(299, { "Content-Type": "text/plain" }).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function get(pathname: string, acceptEncoding: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    // The path as written: a URL would resolve its "..".
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method, headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("precompressed build files", () => {
  it("sends the brotli copy to a browser that takes brotli, and it decodes to the original", async () => {
    const answer = await get("/_next/static/chunks/0abc-def.js?v=1", "gzip, deflate, br, zstd");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
    expect(answer.body.length).toBeLessThan(script.length / 10);
    const css = await get("/_next/static/css/app.css", "br");
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(brotliDecompressSync(css.body).toString()).toBe(readFileSync(path.join(dir, "css", "app.css"), "utf8"));
  });

  it("answers HEAD with the headers only", async () => {
    const answer = await get("/_next/static/chunks/0abc-def.js", "br", "HEAD");
    expect(answer.status).toBe(200);
    expect(Number(answer.headers["content-length"])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });

  it("leaves to Next: no brotli, br refused with q=0, no copy, other paths, writes, and names with .. or odd characters", async () => {
    for (const [pathname, encoding, method] of [
      ["/_next/static/chunks/0abc-def.js", "gzip, deflate"],
      ["/_next/static/chunks/0abc-def.js", "br;q=0, gzip"],
      ["/_next/static/chunks/tiny.js", "br"],
      ["/_next/static/chunks/missing.js", "br"],
      ["/chunks/0abc-def.js", "br"],
      ["/_next/static/chunks/0abc-def.js", "br", "POST"],
      ["/_next/static/chunks/../chunks/0abc-def.js", "br"],
      ["/_next/static/chunks/%2e%2e/chunks/0abc-def.js", "br"],
      ["/_next/static/chunks/0abc-def.js.br", "br"],
    ] as const) {
      const answer = await get(pathname, encoding, method ?? "GET");
      expect({ pathname, encoding, method, status: answer.status }).toEqual({ pathname, encoding, method, status: 299 });
    }
  });

  it("reads Accept-Encoding as browsers and proxies write it", () => {
    expect(acceptsBrotli("gzip, deflate, br")).toBe(true);
    expect(acceptsBrotli("BR;q=0.5")).toBe(true);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("brotli, gzip")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
    expect(acceptsBrotli(["gzip", "br"])).toBe(true);
  });
});
