// A new user signs up from an invite link and accepts it in the same transaction: either both
// happen or neither (a used link leaves no orphan account behind). A number that already has an
// account changes nothing and gets no error: the caller answers it exactly as a new one, and the
// form logs in with what was typed and then accepts the invite (README, "Sign-up does not say who
// has an account"). The link is checked first, so a dead link answers the same for every number.
import { z } from "zod";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { phoneSchema } from "@/lib/auth/phone";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { parseInput, personNameSchema } from "@/lib/validation";
import { acceptInviteInTx, type AcceptedInvite } from "./accept-invite";
import { getInviteByToken, inviteTokenSchema } from "./get-invite-by-token";
import { inviteUnavailable } from "./invite-status";
import type { Locale } from "@/lib/i18n/locales";

export const signUpWithInviteSchema = z.object({
  token: inviteTokenSchema,
  name: personNameSchema,
  phone: phoneSchema,
  password: passwordSchema,
});

/** The accepted invite and the new user, or null when the number already had an account. */
/** `locale`: the language the invite page spoke, kept as theirs (see sign-up-supplier.ts). */
export async function signUpWithInvite(input: unknown, locale: Locale | null = null): Promise<(AcceptedInvite & { userId: string }) | null> {
  const data = parseInput(signUpWithInviteSchema, input);
  const invite = await getInviteByToken(data.token);
  if (invite.status !== "OPEN") throw inviteUnavailable(invite.status, invite.businessName);
  // Hashed either way, so both answers take as long.
  const passwordHash = await hashPassword(data.password);
  try {
    const { accepted, announce } = await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: data.name, phone: data.phone, passwordHash, locale }, select: { id: true, name: true } });
      const { accepted, announce } = await acceptInviteInTx(tx, user, data.token);
      return { accepted: { ...accepted, userId: user.id }, announce };
    });
    await announce();
    return accepted;
  } catch (error) {
    if (isUniqueViolation(error, "User", "phone")) return null;
    throw error;
  }
}
