// The login check behind next-auth's Credentials provider.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { recordLoginSuccess, takeLoginAttempt } from "./auth-rate-limits";
import { dummyPasswordHash, verifyPassword } from "./password";
import { normalizePhone, PHONE_FORMAT_MESSAGE } from "./phone";

export const loginInputSchema = z.object({
  phone: z.string().max(40),
  password: z.string().min(1, "Enter your password.").max(200),
});

const WRONG_CREDENTIALS = "Wrong mobile number or password.";

export async function verifyCredentials(input: unknown, clientAddress: string): Promise<Actor> {
  const parsed = loginInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? WRONG_CREDENTIALS);
  const phone = normalizePhone(parsed.data.phone);
  if (!phone) throw new AppError("INVALID", PHONE_FORMAT_MESSAGE);

  await takeLoginAttempt(phone, clientAddress);
  const user = await getDb().user.findUnique({
    where: { phone },
    select: { id: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  await recordLoginSuccess(phone, clientAddress);
  return { id: user.id, name: user.name };
}
