// What every request meets first in the production server, before the chat gateway or Next reads
// a byte of its body (lib/limits.ts holds the numbers):
// - its client address is decided once, from the socket and the trusted proxies
//   (lib/auth/client-address.ts), and X-Forwarded-For is replaced by it, so nothing downstream
//   can be fooled by a header the client wrote;
// - a write to a static file (/_next/static/..., public/) answers 405 (Next answers 500 there);
// - a body larger than its route's limit answers 413 from the declared length, unread; a body
//   without a declared length answers 411 (browsers always declare one);
// - a body that has not fully arrived within its route's time answers 408 and the connection is
//   closed. Responses are never timed: an event stream stays open for hours.
import { readdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { clientAddressOf } from "@/lib/auth/client-address";
import { bodyLimitFor, type BodyLimit } from "@/lib/limits";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FrontDoorOptions {
  /** Proxies in front of us whose X-Forwarded-For entries are believed (TRUSTED_PROXY_HOPS). */
  trustedProxyHops: number;
  /** URL paths of the files in public/ (see publicFilePaths). */
  publicFiles: ReadonlySet<string>;
  /** Gets the request once it has passed: the gateway, then Next. */
  next: Handler;
  /** The limits' table (lib/limits.ts); tests pass shorter times. */
  bodyLimitFor?: typeof bodyLimitFor;
}

/** "/icon.svg", "/readme/a.png", ...: what Next serves from public/ at the site's root. */
export function publicFilePaths(publicDir: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}/${entry.name}`);
      else found.add(`${prefix}/${entry.name}`);
    }
  };
  try {
    walk(publicDir, "");
  } catch {
    // no public/ folder: nothing to protect
  }
  return found;
}

function answer(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ error: { code: codeOf(status), message } });
  // The body (if any) is not wanted: close instead of reading it to keep the connection. Not at
  // once: closing a socket with unread bytes sends a reset, and a client still sending its body
  // then fails to write and throws away our answer unread. So half-close (our answer, then FIN)
  // and linger a moment, discarding what arrives (never kept), before closing for good. Node
  // closes a "Connection: close" answer with socket.destroySoon(), which destroys the socket as
  // soon as the answer is written: on a socket with a body still arriving, it only half-closes.
  if (!req.complete) {
    const socket = req.socket;
    socket.destroySoon = () => socket.end();
  }
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", Connection: "close", ...headers });
  res.end(body);
  res.on("finish", () => {
    if (req.complete) return;
    let discarded = 0;
    req.on("data", (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > LINGER_MAX_BYTES) req.destroy();
    });
    req.resume();
    setTimeout(() => req.destroy(), LINGER_MS).unref();
  });
}

/** How long, and how much, a refused body is read and thrown away before its connection closes. */
const LINGER_MS = 1000;
const LINGER_MAX_BYTES = 4 * 1024 * 1024;

function codeOf(status: number): string {
  return status === 413 ? "TOO_LARGE" : status === 405 ? "METHOD_NOT_ALLOWED" : status === 411 ? "LENGTH_REQUIRED" : "TIMEOUT";
}

function isStaticFile(pathname: string, publicFiles: ReadonlySet<string>): boolean {
  return pathname.startsWith("/_next/static/") || publicFiles.has(pathname);
}

/** Cuts a body that is still arriving after its time; gone once the body is in or the answer sent. */
function timeBody(req: IncomingMessage, res: ServerResponse, limit: BodyLimit) {
  const timer = setTimeout(() => {
    if (req.complete || res.writableFinished) return;
    if (res.headersSent) req.destroy();
    else answer(req, res, 408, `${limit.what} took too long to arrive. Try again.`);
  }, limit.bodyTimeoutMs);
  timer.unref();
  const clear = () => clearTimeout(timer);
  req.on("end", clear);
  res.on("close", clear);
}

export function createFrontDoor(options: FrontDoorOptions): Handler {
  return (req, res) => {
    req.headers["x-forwarded-for"] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], options.trustedProxyHops);
    const pathname = (req.url ?? "/").split("?", 1)[0] ?? "/";
    const method = req.method ?? "GET";

    if (method !== "GET" && method !== "HEAD" && isStaticFile(pathname, options.publicFiles)) {
      answer(req, res, 405, "Static files can only be read.", { Allow: "GET, HEAD" });
      return;
    }

    const declared = req.headers["content-length"];
    const chunked = req.headers["transfer-encoding"] !== undefined;
    if (declared !== undefined || chunked) {
      const limit = (options.bodyLimitFor ?? bodyLimitFor)(pathname, req.headers["next-action"] !== undefined);
      if (declared === undefined) {
        answer(req, res, 411, "Send the request with its length (Content-Length).");
        return;
      }
      // Node has checked that the header is a number; the body can never be longer than it says.
      if (Number(declared) > limit.maxBytes) {
        answer(req, res, 413, `${limit.what} can be up to ${formatBytes(limit.maxBytes)}.`);
        return;
      }
      if (Number(declared) > 0) timeBody(req, res, limit);
    }
    options.next(req, res);
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
