// Messages one person may post into one conversation per minute (lib/limits.ts): far above anyone
// typing, or an outbox catching up after a day offline, far below a script posting 500 in 11 s.
// The browser's outbox keeps a refused message and sends it again after Retry-After
// (lib/messages/outbox.ts). Counted in this process in single mode and in PostgreSQL in cluster
// mode, so posting through several instances does not multiply it (lib/shared-limiter.ts).
import type { Pool } from "pg";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { POSTS_PER_PERSON_AND_CONVERSATION } from "@/lib/limits";
import { createLimiter, limitsPool } from "@/lib/shared-limiter";

const globalForLimit = globalThis as unknown as { chatalogPostingLimit?: Promise<RateLimiterAbstract> };

/** The posting limiter, counting in `pool`'s database or in this process without one. */
export function createPostingLimiter(pool?: Pool): Promise<RateLimiterAbstract> {
  return createLimiter({ keyPrefix: "posts", points: getEnv().POSTS_PER_CONVERSATION_PER_MINUTE ?? POSTS_PER_PERSON_AND_CONVERSATION.points, duration: 60 }, pool);
}

function limiter(): Promise<RateLimiterAbstract> {
  globalForLimit.chatalogPostingLimit ??= limitsPool().then((pool) => createPostingLimiter(pool));
  return globalForLimit.chatalogPostingLimit;
}

/** Takes one post from the person's budget in this conversation; RATE_LIMITED when it is spent. */
export async function takePost(actorId: string, conversationId: string, postingLimiter?: RateLimiterAbstract): Promise<void> {
  try {
    await (postingLimiter ?? (await limiter())).consume(`${actorId}:${conversationId}`);
  } catch (rejection) {
    const msBeforeNext = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
    if (typeof msBeforeNext !== "number") throw rejection;
    throw new AppError("RATE_LIMITED", "You are sending messages very fast. They will go out in a moment.", {
      retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
    });
  }
}
