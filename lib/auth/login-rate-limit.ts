// Failed logins are counted per mobile number and per client address; once either passes its
// limit, further attempts are refused until the block ends, whatever the password. A success
// clears the number's count. In-process memory suits the embedded single-instance default;
// several instances behind a load balancer need a shared store (see README, "Scaling out").
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";

interface Limiters {
  byNumber: RateLimiterMemory;
  byAddress: RateLimiterMemory;
}

const globalForLimits = globalThis as unknown as { chatalogLoginLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.chatalogLoginLimiters) {
    const env = getEnv();
    const blockSeconds = env.LOGIN_BLOCK_MINUTES * 60;
    globalForLimits.chatalogLoginLimiters = {
      byNumber: new RateLimiterMemory({ keyPrefix: "login-number", points: env.LOGIN_MAX_FAILURES_PER_NUMBER, duration: blockSeconds, blockDuration: blockSeconds }),
      byAddress: new RateLimiterMemory({ keyPrefix: "login-address", points: env.LOGIN_MAX_FAILURES_PER_ADDRESS, duration: 60 * 60, blockDuration: blockSeconds }),
    };
  }
  return globalForLimits.chatalogLoginLimiters;
}

function tooMany(res: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError("RATE_LIMITED", `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds });
}

/** Throws RATE_LIMITED when this number or address is blocked. */
export async function assertLoginAllowed(phoneKey: string, address: string): Promise<void> {
  const { byNumber, byAddress } = limiters();
  for (const [limiter, key] of [[byNumber, phoneKey], [byAddress, address]] as const) {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limiter.points) throw tooMany(res);
  }
}

export async function recordLoginFailure(phoneKey: string, address: string): Promise<void> {
  const { byNumber, byAddress } = limiters();
  // consume() rejects once the limit is reached; the block it starts is what we want.
  await Promise.allSettled([byNumber.consume(phoneKey), byAddress.consume(address)]);
}

export async function recordLoginSuccess(phoneKey: string): Promise<void> {
  await limiters().byNumber.delete(phoneKey);
}

/** Only for tests. */
export function resetLoginLimitsForTests(): void {
  globalForLimits.chatalogLoginLimiters = undefined;
}
