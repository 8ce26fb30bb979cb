// Who a request's cookies name: next-auth's JWT session cookie, decoded here. Free of Next's
// request context, so the chat gateway (lib/server) uses it too; pages, actions and route
// handlers go through current-actor.ts.
// We decode the cookie ourselves instead of calling getServerSession: that runs next-auth's
// whole session endpoint (decode, callbacks, re-encrypt) on every request, the largest cost of
// posting a chat message. The token carries the user's id and the id of its Session row; the row
// is then looked up, so logging out, "log out other devices", a password change or a deleted
// account end the session even for a copied cookie. The answer is remembered for a few seconds
// because every message, receipt and photo request asks (see "Sessions that end" in the README).
import { createHash } from "node:crypto";
import { decode } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { SessionActor } from "./actor";
import { getAuthSecret } from "./auth-secret";

/** How long this instance trusts a session it has looked up. Ending a session forgets it here at
 * once; another instance notices within this time. */
export const SESSION_CACHE_MS = 5_000;
const MAX_REMEMBERED = 10_000;
/** Ours are ~500 characters; anything far longer is not a token we issued. */
const MAX_TOKEN_LENGTH = 4096;

interface SessionMemo {
  /** Session id → who it names (null: ended or unknown), until when that is trusted. */
  sessions: Map<string, { actor: SessionActor | null; until: number }>;
  /** Bumped whenever sessions end, so a lookup that started before cannot store a stale answer. */
  generation: number;
  /** What to stop when a session ends here: its open event streams (lib/server/chat-gateway.ts). */
  onEnd: Map<string, Set<() => void>>;
}

// On globalThis: the chat gateway (bundled by esbuild) and Next's route bundles each load their
// own copy of this module in one process, and a logout handled by Next must reach the gateway's memo.
const globalForSessions = globalThis as unknown as { chatalogSessions?: SessionMemo };
function memo(): SessionMemo {
  globalForSessions.chatalogSessions ??= { sessions: new Map(), generation: 0, onEnd: new Map() };
  return globalForSessions.chatalogSessions;
}

/** Decrypting a token derives its key (HKDF) and runs AES each time; a phone sends the same token
 * with every request. The token cannot be forged, so what it says can be remembered. */
const decodedTokens = new Map<string, { userId: string; sessionId: string; expiresAt: number }>();

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
export async function actorFromCookies(jar: ReadonlyMap<string, string>): Promise<SessionActor | null> {
  const token = sessionToken(jar);
  const decoded = token ? await decodeToken(token) : null;
  return decoded ? findSession(decoded.sessionId, decoded.userId) : null;
}

/** Forgets these sessions in this process at once (they were just ended), and stops what was
 * watching them. */
export function forgetSessions(sessionIds: readonly string[]): void {
  const state = memo();
  state.generation++;
  for (const id of sessionIds) {
    state.sessions.delete(id);
    const watchers = state.onEnd.get(id);
    state.onEnd.delete(id);
    for (const stop of watchers ?? []) stop();
  }
}

/** Forgets what this process remembers of a session that goes on (its person changed their name
 * or language), so the next request reads it again. */
export function refreshSession(sessionId: string): void {
  const state = memo();
  state.generation++;
  state.sessions.delete(sessionId);
}

/** Calls `stop` if the session ends in this process (logout, "log out other devices", a password
 * change handled here); returns the unsubscribe. Sessions ended by another instance are not
 * heard: an event stream there lasts until it reconnects, and is then refused. */
export function onSessionEnd(sessionId: string, stop: () => void): () => void {
  const { onEnd } = memo();
  let watchers = onEnd.get(sessionId);
  if (!watchers) onEnd.set(sessionId, (watchers = new Set()));
  watchers.add(stop);
  return () => {
    watchers.delete(stop);
    if (!watchers.size && onEnd.get(sessionId) === watchers) onEnd.delete(sessionId);
  };
}

async function findSession(sessionId: string, userId: string): Promise<SessionActor | null> {
  const state = memo();
  const now = Date.now();
  const hit = state.sessions.get(sessionId);
  if (hit && hit.until > now) return hit.actor;
  const generation = state.generation;
  const row = await getDb().session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, name: true, locale: true } } },
  });
  const actor = row && row.user.id === userId && row.expiresAt.getTime() > now ? { id: row.user.id, name: row.user.name, locale: row.user.locale, sessionId } : null;
  // Sessions ended while we asked: our answer may predate that, so it serves this request only
  // (as if it had come a moment earlier) and is not kept.
  if (generation !== state.generation) return actor;
  if (state.sessions.size >= MAX_REMEMBERED) state.sessions.clear(); // a bound, not an LRU: a short-lived memo
  state.sessions.set(sessionId, { actor, until: now + SESSION_CACHE_MS });
  return actor;
}

async function decodeToken(token: string): Promise<{ userId: string; sessionId: string } | null> {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  // Keyed by a hash: the decoder forgives stray characters, so one token has many spellings,
  // and none of them should cost more than a few bytes of memory here.
  const key = createHash("sha256").update(token).digest("base64url");
  let decoded = decodedTokens.get(key);
  if (!decoded) {
    const payload = await decode({ token, secret: getAuthSecret() }).catch(() => null);
    // A token without a session id predates revocable sessions: its owner logs in once more.
    if (!payload?.sub || typeof payload.sid !== "string") return null;
    decoded = { userId: payload.sub, sessionId: payload.sid, expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : Date.now() + 60_000 };
    if (decodedTokens.size >= MAX_REMEMBERED) decodedTokens.clear(); // a bound, not an LRU
    decodedTokens.set(key, decoded);
  }
  if (decoded.expiresAt < Date.now()) {
    decodedTokens.delete(key);
    return null;
  }
  return decoded;
}
