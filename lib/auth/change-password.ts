// Changing the password (the account page): the current password proves it is the owner and not
// someone at an unlocked phone; the new one replaces it and every other session ends, so a
// device that knew the old password or holds a copied cookie is out. This device stays logged in.
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createLimiter, limitsPool } from "@/lib/shared-limiter";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { SessionActor } from "./actor";
import { deleteOtherSessions } from "./end-other-sessions";
import { hashPassword, passwordSchema, verifyPassword } from "./password";
import { forgetSessions } from "./session-actor";

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "That is not your current password."),
  newPassword: passwordSchema,
});

const WRONG_CURRENT = "That is not your current password.";
/** A session in someone else's hands must not become a way to guess the password. */
const WRONG_CURRENT_PER_HOUR = 5;

// Shared by every instance in cluster mode (lib/shared-limiter.ts): guesses do not multiply.
const globalForLimit = globalThis as unknown as { chatalogPasswordChangeLimiter?: Promise<RateLimiterAbstract> };
function wrongCurrentLimiter(): Promise<RateLimiterAbstract> {
  globalForLimit.chatalogPasswordChangeLimiter ??= limitsPool().then((pool) => createLimiter({ keyPrefix: "password-change", points: WRONG_CURRENT_PER_HOUR, duration: 60 * 60 }, pool));
  return globalForLimit.chatalogPasswordChangeLimiter;
}

/** Returns how many other sessions ended. */
export async function changePassword(actor: SessionActor, input: unknown): Promise<{ endedSessions: number }> {
  const data = parseInput(changePasswordSchema, input);
  // The attempt is counted before the password is checked, so parallel guesses cannot all slip
  // in ahead of the first recorded failure; a right password gives the point back.
  const limiter = await wrongCurrentLimiter();
  try {
    await limiter.consume(actor.id);
  } catch (rejection) {
    const msBeforeNext = (rejection as { msBeforeNext?: unknown } | null)?.msBeforeNext;
    if (typeof msBeforeNext !== "number") throw rejection;
    const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
    throw new AppError("RATE_LIMITED", `Too many wrong passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { retryAfterSeconds: Math.ceil(msBeforeNext / 1000), key: "tooManyWrongPasswords", values: { minutes } });
  }
  const user = await getDb().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new AppError("UNAUTHENTICATED", "Log in first.");
  if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
    throw new AppError("INVALID", WRONG_CURRENT, { key: "wrongPassword", fields: { currentPassword: WRONG_CURRENT } });
  }
  await limiter.reward(actor.id, 1);
  const passwordHash = await hashPassword(data.newPassword);
  const ended = await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash }, select: { id: true } });
    return deleteOtherSessions(tx, actor);
  });
  forgetSessions(ended);
  return { endedSessions: ended.length };
}
