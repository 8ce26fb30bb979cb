// Login and sign-up limits. The numbers and the reasons are in lib/limits.ts and the README
// ("Limits"). A login attempt is counted BEFORE its password is checked, so a burst of parallel
// guesses cannot all slip in ahead of the first recorded failure; the right password gives the
// count back. What is counted:
// - from a device that logged in to the number before (known-device.ts): only that device's own
//   failures, nothing else, so strangers guessing the number cannot keep its owner out;
// - otherwise: the number's growing wait (login-slowdown.ts: slower, never shut), the number from
//   this address (a blocked pair), and this address whatever the numbers (guessing many accounts).
// In single mode the counts live in this process; in cluster mode (lib/deploy-mode.ts) in
// PostgreSQL, shared by every instance, so the guess budget does not grow with the number of
// instances (rate-limiter-flexible's Postgres store, and login-slowdown-postgres.ts).
import type { Pool } from "pg";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { LOGIN_LIMITS } from "@/lib/limits";
import { createLimiter, limitsPool, type Budget } from "@/lib/shared-limiter";
import { memorySlowdown, type SlowdownStore } from "./login-slowdown";
import { postgresSlowdown } from "./login-slowdown-postgres";

export interface AuthLimiters {
  numbers: SlowdownStore;
  pairs: RateLimiterAbstract;
  addresses: RateLimiterAbstract;
  devices: RateLimiterAbstract;
  signUpsByAddress: RateLimiterAbstract;
}

function budgets(): Record<Exclude<keyof AuthLimiters, "numbers">, Budget> {
  const limits = LOGIN_LIMITS;
  return {
    pairs: { keyPrefix: "login-pair", points: limits.failuresPerNumberAndAddress, duration: limits.pairBlockSeconds, blockDuration: limits.pairBlockSeconds },
    addresses: { keyPrefix: "login-address", points: limits.failuresPerAddressPerHour, duration: 60 * 60, blockDuration: limits.addressBlockSeconds },
    devices: { keyPrefix: "login-device", points: limits.failuresPerKnownDevice, duration: limits.knownDeviceBlockSeconds, blockDuration: limits.knownDeviceBlockSeconds },
    signUpsByAddress: { keyPrefix: "signup-address", points: getEnv().SIGNUPS_PER_ADDRESS_PER_HOUR, duration: 60 * 60 },
  };
}

const slowdownRules = () => ({
  freeAttempts: LOGIN_LIMITS.freeFailuresPerNumber,
  firstDelaySeconds: LOGIN_LIMITS.firstDelaySeconds,
  maxDelaySeconds: LOGIN_LIMITS.maxDelaySeconds,
  memorySeconds: LOGIN_LIMITS.numberMemorySeconds,
});

/** Limiters whose counts live in `pool`'s database, or in this process without one. */
export async function createAuthLimiters(pool?: Pool): Promise<AuthLimiters> {
  const all = budgets();
  const [pairs, addresses, devices, signUpsByAddress] = await Promise.all([all.pairs, all.addresses, all.devices, all.signUpsByAddress].map((budget) => createLimiter(budget, pool)));
  const numbers = pool ? await postgresSlowdown(pool, slowdownRules()) : memorySlowdown(slowdownRules());
  return { numbers, pairs: pairs!, addresses: addresses!, devices: devices!, signUpsByAddress: signUpsByAddress! };
}

const globalForLimits = globalThis as unknown as { chatalogAuthLimiters?: Promise<AuthLimiters> };

function limiters(): Promise<AuthLimiters> {
  globalForLimits.chatalogAuthLimiters ??= limitsPool().then((pool) => createAuthLimiters(pool));
  return globalForLimits.chatalogAuthLimiters;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function refusal(waitMs: number, what: string): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError("RATE_LIMITED", `Too many ${what}. Try again in ${waitText(retryAfterSeconds)}.`, { retryAfterSeconds });
}

/** A limiter refuses by rejecting with a RateLimiterRes; anything else is a real error. (Duck-typed:
 * a bundler may give the class two identities, and instanceof would then miss.) */
function tooMany(rejection: unknown, what: string): AppError {
  const msBeforeNext = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
  if (typeof msBeforeNext !== "number") throw rejection;
  return refusal(msBeforeNext, what);
}

const pairKey = (phone: string, address: string) => `${phone}|${address}`;
const deviceKey = (phone: string, deviceId: string) => `${phone}|${deviceId}`;

/** Takes one attempt from the budgets that apply; throws RATE_LIMITED (with retryAfterSeconds) when one is spent. */
export async function takeLoginAttempt(phone: string, address: string, knownDeviceId: string | null = null, limits?: AuthLimiters): Promise<void> {
  const { numbers, pairs, addresses, devices } = limits ?? (await limiters());
  if (knownDeviceId) {
    try {
      await devices.consume(deviceKey(phone, knownDeviceId));
    } catch (rejection) {
      throw tooMany(rejection, "failed attempts on this device");
    }
    return;
  }
  const results = await Promise.allSettled([pairs.consume(pairKey(phone, address)), addresses.consume(address)]);
  const refused = results.find((result) => result.status === "rejected");
  if (refused) throw tooMany(refused.reason, "failed attempts from this network");
  // Checked and counted in one step (synchronous in memory, a locked row in PostgreSQL), so
  // parallel attempts line up here one by one.
  const slowed = await numbers.attempt(phone);
  if (!slowed.ok) throw refusal(slowed.waitMs, "failed attempts for this number");
}

export async function recordLoginSuccess(phone: string, address: string, knownDeviceId: string | null = null, limits?: AuthLimiters): Promise<void> {
  const { numbers, pairs, addresses, devices } = limits ?? (await limiters());
  if (knownDeviceId) {
    await devices.delete(deviceKey(phone, knownDeviceId));
    return;
  }
  await Promise.all([numbers.forget(phone), pairs.delete(pairKey(phone, address)), addresses.reward(address, 1)]);
}

/** Account creation hashes a password (CPU) and says whether a number is taken: limit it per address. */
export async function takeSignUpAttempt(address: string): Promise<void> {
  try {
    await (await limiters()).signUpsByAddress.consume(address);
  } catch (rejection) {
    throw tooMany(rejection, "sign-ups from this network");
  }
}
