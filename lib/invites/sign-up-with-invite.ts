// A new user signs up from an invite link and accepts it in the same transaction: either both
// happen or neither (a used link leaves no orphan account behind).
import { z } from "zod";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { phoneSchema } from "@/lib/auth/phone";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { publishMessagePosted } from "@/lib/realtime/publish-message-posted";
import { parseInput, personNameSchema } from "@/lib/validation";
import { acceptInviteInTx, type AcceptedInvite } from "./accept-invite";
import { inviteTokenSchema } from "./get-invite-by-token";

export const signUpWithInviteSchema = z.object({
  token: inviteTokenSchema,
  name: personNameSchema,
  phone: phoneSchema,
  password: passwordSchema,
});

const TAKEN = "This mobile number already has an account. Log in to accept the invite.";

export async function signUpWithInvite(input: unknown): Promise<AcceptedInvite & { userId: string }> {
  const data = parseInput(signUpWithInviteSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    const accepted = await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: data.name, phone: data.phone, passwordHash }, select: { id: true, name: true } });
      return { ...(await acceptInviteInTx(tx, user, data.token)), userId: user.id };
    });
    if (accepted.kind === "BUYER") await publishMessagePosted(accepted.conversationId);
    return accepted;
  } catch (error) {
    if (isUniqueViolation(error, "User", "phone")) throw new AppError("CONFLICT", TAKEN, { fields: { phone: TAKEN } });
    throw error;
  }
}
