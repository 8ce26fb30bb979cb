// The anonymous part of the event stream's handshake: a request whose session is missing or
// invalid costs a cookie decode and a 401, and a script can ask again at once, forever. Such
// requests are counted per address (lib/limits.ts); past the limit the address is answered 429
// before anything is decoded. Signed-in streams are never counted (they are capped per person in
// event-stream.ts), so people behind one shared address do not use up each other's budget.
// Counted in PostgreSQL in cluster mode (lib/shared-limiter.ts): every instance sees the same count.
import type { Pool } from "pg";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE } from "@/lib/limits";
import { createLimiter, limitsPool } from "@/lib/shared-limiter";

const globalForLimit = globalThis as unknown as { chatalogAnonymousStreams?: Promise<RateLimiterAbstract> };

/** The limiter, counting in `pool`'s database or in this process without one. */
export function createAnonymousStreamLimiter(pool?: Pool): Promise<RateLimiterAbstract> {
  return createLimiter({ keyPrefix: "stream-anonymous", points: ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE, duration: 60 }, pool);
}

function limiter(): Promise<RateLimiterAbstract> {
  globalForLimit.chatalogAnonymousStreams ??= limitsPool().then((pool) => createAnonymousStreamLimiter(pool));
  return globalForLimit.chatalogAnonymousStreams;
}

/** Seconds to wait when this address has used up its anonymous handshakes; null when it may try. */
export async function anonymousStreamWait(address: string, streamLimiter?: RateLimiterAbstract): Promise<number | null> {
  const used = await (streamLimiter ?? (await limiter())).get(address);
  if (!used || used.consumedPoints < ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE) return null;
  return Math.max(1, Math.ceil(used.msBeforeNext / 1000));
}

/** Counts a handshake that turned out to have no valid session. */
export async function countAnonymousStream(address: string, streamLimiter?: RateLimiterAbstract): Promise<void> {
  await (streamLimiter ?? (await limiter())).penalty(address, 1);
}
