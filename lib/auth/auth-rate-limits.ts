// Login attempts are counted per mobile number and per client address BEFORE the password is
// checked, so a burst of parallel guesses cannot all slip in ahead of the first recorded
// failure. Past the limit every attempt is refused until the block ends, whatever the password.
// A success clears the number's count and gives the address its point back. In-process memory
// suits the embedded single instance; several instances need a shared store (README, "Scaling out").
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";

interface Limiters {
  byNumber: RateLimiterMemory;
  byAddress: RateLimiterMemory;
  signUpsByAddress: RateLimiterMemory;
}

const globalForLimits = globalThis as unknown as { chatalogAuthLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.chatalogAuthLimiters) {
    const env = getEnv();
    const blockSeconds = env.LOGIN_BLOCK_MINUTES * 60;
    globalForLimits.chatalogAuthLimiters = {
      byNumber: new RateLimiterMemory({ keyPrefix: "login-number", points: env.LOGIN_MAX_FAILURES_PER_NUMBER, duration: blockSeconds, blockDuration: blockSeconds }),
      byAddress: new RateLimiterMemory({ keyPrefix: "login-address", points: env.LOGIN_MAX_FAILURES_PER_ADDRESS, duration: 60 * 60, blockDuration: blockSeconds }),
      signUpsByAddress: new RateLimiterMemory({ keyPrefix: "signup-address", points: env.SIGNUPS_PER_ADDRESS_PER_HOUR, duration: 60 * 60 }),
    };
  }
  return globalForLimits.chatalogAuthLimiters;
}

/** A limiter refuses by rejecting with a RateLimiterRes; anything else is a real error. (Duck-typed:
 * a bundler may give the class two identities, and instanceof would then miss.) */
function tooMany(rejection: unknown, what: string): AppError {
  const msBeforeNext = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
  if (typeof msBeforeNext !== "number") throw rejection;
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds });
}

/** Takes one attempt from the number's and the address's budgets; throws RATE_LIMITED when either is spent. */
export async function takeLoginAttempt(phone: string, address: string): Promise<void> {
  const { byNumber, byAddress } = limiters();
  const results = await Promise.allSettled([byNumber.consume(phone), byAddress.consume(address)]);
  const refused = results.find((result) => result.status === "rejected");
  if (refused) throw tooMany(refused.reason, "failed attempts");
}

export async function recordLoginSuccess(phone: string, address: string): Promise<void> {
  const { byNumber, byAddress } = limiters();
  await Promise.all([byNumber.delete(phone), byAddress.reward(address, 1)]);
}

/** Account creation hashes a password (CPU) and says whether a number is taken: limit it per address. */
export async function takeSignUpAttempt(address: string): Promise<void> {
  try {
    await limiters().signUpsByAddress.consume(address);
  } catch (rejection) {
    throw tooMany(rejection, "sign-ups from this network");
  }
}
