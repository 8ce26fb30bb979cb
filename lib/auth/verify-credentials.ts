// The login check behind next-auth's Credentials provider.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { recordLoginSuccess, takeLoginAttempt } from "./auth-rate-limits";
import { knownDeviceId, rememberDevice } from "./known-device";
import { currentLoginAttempt, type LoginAttempt } from "./login-attempt";
import { dummyPasswordHash, verifyPassword } from "./password";
import { WRONG_CREDENTIALS } from "./login-messages";
import { normalizePhone, PHONE_FORMAT_MESSAGE } from "./phone";

export const loginInputSchema = z.object({
  phone: z.string().max(40),
  password: z.string().min(1, "Enter your password.").max(200),
});

/** The actor whose number and password these are. `attempt` carries the known-device cookie in
 * and the refusal or renewed cookie out (login-attempt.ts; the next-auth route supplies it). */
export async function verifyCredentials(input: unknown, clientAddress: string, attempt: LoginAttempt = currentLoginAttempt() ?? { knownDevices: undefined }): Promise<Actor> {
  const parsed = loginInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? WRONG_CREDENTIALS);
  const phone = normalizePhone(parsed.data.phone);
  if (!phone) throw new AppError("INVALID", PHONE_FORMAT_MESSAGE);

  const deviceId = knownDeviceId(attempt.knownDevices, phone);
  try {
    await takeLoginAttempt(phone, clientAddress, deviceId);
  } catch (error) {
    if (error instanceof AppError) attempt.refusal = error;
    throw error;
  }
  const user = await getDb().user.findUnique({
    where: { phone },
    select: { id: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  await recordLoginSuccess(phone, clientAddress, deviceId);
  attempt.knownDevices = rememberDevice(attempt.knownDevices, phone);
  attempt.succeeded = true;
  return { id: user.id, name: user.name };
}
