// Messages one person may post into one conversation per minute (lib/limits.ts): far above anyone
// typing, or an outbox catching up after a day offline, far below a script posting 500 in 11 s.
// The browser's outbox keeps a refused message and sends it again after Retry-After
// (lib/messages/outbox.ts). In-process, like the login limits (README, "Scaling out").
import { RateLimiterMemory } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { POSTS_PER_PERSON_AND_CONVERSATION } from "@/lib/limits";

const globalForLimit = globalThis as unknown as { chatalogPostingLimit?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  globalForLimit.chatalogPostingLimit ??= new RateLimiterMemory({
    keyPrefix: "posts",
    points: getEnv().POSTS_PER_CONVERSATION_PER_MINUTE ?? POSTS_PER_PERSON_AND_CONVERSATION.points,
    duration: 60,
  });
  return globalForLimit.chatalogPostingLimit;
}

/** Takes one post from the person's budget in this conversation; RATE_LIMITED when it is spent. */
export async function takePost(actorId: string, conversationId: string): Promise<void> {
  try {
    await limiter().consume(`${actorId}:${conversationId}`);
  } catch (rejection) {
    const msBeforeNext = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
    if (typeof msBeforeNext !== "number") throw rejection;
    throw new AppError("RATE_LIMITED", "You are sending messages very fast. They will go out in a moment.", {
      retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
    });
  }
}
