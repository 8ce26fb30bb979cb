// The headers every response carries (issue 13, finding 7), set by the production server before
// the chat gateway or Next sees the request (lib/server/serve.ts): pages, photos, the event stream,
// API answers and static files alike, at the cost of a few header writes instead of a proxy hop.
//
// Scripts: a fresh nonce per request. Next reads it from the Content-Security-Policy *request*
// header (next/dist/server/app-render/get-script-nonce-from-header.js) and puts it on every script
// it renders; 'strict-dynamic' lets those scripts load the chunks they need. Any script tag that
// arrives some other way (an injected one in a message, a photo's name) has no nonce and is refused.
// Styles: 'unsafe-inline', because React writes style="" attributes (upload progress, zoom,
// placeholders) that a nonce cannot cover; the style sheets themselves are same-origin files.
// Images: blob: for the previews of photos being posted, data: for their tiny placeholders.
// Workers: same-origin only (the service worker, public/sw.js).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** 122 random bits. randomUUID draws from a pooled buffer of random bytes: ~0.6 µs here, where a
 * fresh randomBytes(16) took ~10 µs, on every request. */
export function newNonce(): string {
  return randomUUID().replaceAll("-", "");
}

export function contentSecurityPolicy(nonce: string, https: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    // data: for the two inline faces of the language picker (components/settings/language-names.css).
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Everything but the policy itself. HSTS only when the site is served over https: browsers
 * ignore it over plain http, and a development machine must stay reachable without TLS. */
export function otherSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Invite links carry their token in the path: other sites learn nothing, not even the origin.
    "Referrer-Policy": "same-origin",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** The policy around its nonce, built once. */
const NONCE_MARK = "\u0000";
const httpPolicy = contentSecurityPolicy(NONCE_MARK, false).split(NONCE_MARK) as [string, string];
const httpsPolicy = contentSecurityPolicy(NONCE_MARK, true).split(NONCE_MARK) as [string, string];

/** A PDF sent in a chat (/photos/<sha256>.pdf) opens in the browser's own viewer, which the site's
 * policy would stop from drawing it (object-src 'none' and default-src block Chrome's viewer:
 * chromium bug 271452). A PDF runs no script of this origin, so it gets a policy of its own that
 * allows the viewer and nothing else. Set here because Next never replaces a header the server
 * has already set. */
export const DOCUMENT_POLICY = "object-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const DOCUMENT_PATH = /^\/photos\/[a-f0-9]{64}\.pdf(?:\?|$)/;

/** Sets the headers on the response, and the policy on the request for Next to find its nonce in
 * (replacing whatever the client sent under that name). */
export function applySecurityHeaders(req: IncomingMessage, res: ServerResponse, https: boolean): void {
  const [before, after] = https ? httpsPolicy : httpPolicy;
  const policy = DOCUMENT_PATH.test(req.url ?? "") ? DOCUMENT_POLICY : before + newNonce() + after;
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  res.setHeader("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(otherSecurityHeaders(https))) res.setHeader(name, value);
}
