// Who a request's cookies name: next-auth's JWT session cookie, decoded here. Free of Next's
// request context, so the chat gateway (lib/server) uses it too; pages, actions and route
// handlers go through current-actor.ts.
// We decode the cookie ourselves instead of calling getServerSession: that runs next-auth's
// whole session endpoint (decode, callbacks, re-encrypt) on every request, the largest cost of
// posting a chat message. The token only carries the user's id; the user is then looked up so a
// deleted account stops working, remembered for a few seconds because every message, receipt and
// photo request asks.
import { createHash } from "node:crypto";
import { decode } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Actor } from "./actor";
import { getAuthSecret } from "./auth-secret";

const USER_CACHE_MS = 5_000;
const recentUsers = new Map<string, { actor: Actor | null; until: number }>();
/** Decrypting a token derives its key (HKDF) and runs AES each time; a phone sends the same token
 * with every request. The token cannot be forged, so its decoded id can be remembered. */
const decodedTokens = new Map<string, { userId: string; expiresAt: number }>();
const MAX_REMEMBERED = 10_000;
/** Ours are ~500 characters; anything far longer is not a token we issued. */
const MAX_TOKEN_LENGTH = 4096;

/** next-auth's cookie name: the __Secure- prefix when the site is served over https. */
function sessionCookieName(): string {
  return getEnv().appUrl.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

function sessionToken(jar: ReadonlyMap<string, string>): string | null {
  const name = sessionCookieName();
  const whole = jar.get(name);
  if (whole) return whole;
  // Large tokens are split into name.0, name.1, ... (ours are small, but next-auth may do it).
  const chunks = [...jar.entries()]
    .filter(([cookie]) => cookie.startsWith(`${name}.`))
    .sort(([a], [b]) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
  return chunks.length ? chunks.map(([, value]) => value).join("") : null;
}

/** Cookies from a raw Cookie header (the chat gateway answers outside Next: lib/server). */
export function parseCookieHeader(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    const value = part.slice(at + 1).trim();
    try {
      jar.set(part.slice(0, at).trim(), decodeURIComponent(value));
    } catch {
      jar.set(part.slice(0, at).trim(), value);
    }
  }
  return jar;
}

/** The signed-in user named by a request's cookies, or null. */
export async function actorFromCookies(jar: ReadonlyMap<string, string>): Promise<Actor | null> {
  const token = sessionToken(jar);
  const id = token ? await userIdOf(token) : null;
  return id ? findUser(id) : null;
}

async function findUser(id: string): Promise<Actor | null> {
  const now = Date.now();
  const hit = recentUsers.get(id);
  if (hit && hit.until > now) return hit.actor;
  const actor = await getDb().user.findUnique({ where: { id }, select: { id: true, name: true } });
  if (recentUsers.size >= MAX_REMEMBERED) recentUsers.clear(); // a bound, not an LRU: a short-lived memo
  recentUsers.set(id, { actor, until: now + USER_CACHE_MS });
  return actor;
}

async function userIdOf(token: string): Promise<string | null> {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  // Keyed by a hash: the decoder forgives stray characters, so one token has many spellings,
  // and none of them should cost more than a few bytes of memory here.
  const key = createHash("sha256").update(token).digest("base64url");
  let decoded = decodedTokens.get(key);
  if (!decoded) {
    const payload = await decode({ token, secret: getAuthSecret() }).catch(() => null);
    if (!payload?.sub) return null;
    decoded = { userId: payload.sub, expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : Date.now() + 60_000 };
    if (decodedTokens.size >= MAX_REMEMBERED) decodedTokens.clear(); // a bound, not an LRU
    decodedTokens.set(key, decoded);
  }
  if (decoded.expiresAt < Date.now()) {
    decodedTokens.delete(key);
    return null;
  }
  return decoded.userId;
}

