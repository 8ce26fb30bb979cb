// A supplier signs up: one user, one business, and an OWNER membership, together or not at all.
// A number that already has an account gets no error: the caller answers it exactly as a new one
// (the form then logs in with what was typed, which only the number's owner can do), so sign-up
// does not tell strangers which numbers have accounts (README, "Sign-up does not say who has an account").
import { z } from "zod";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { businessNameSchema, parseInput, personNameSchema } from "@/lib/validation";
import { hashPassword, passwordSchema } from "./password";
import { phoneSchema } from "./phone";
import type { Locale } from "@/lib/i18n/locales";

export const signUpSupplierSchema = z.object({
  name: personNameSchema,
  phone: phoneSchema,
  password: passwordSchema,
  businessName: businessNameSchema,
});

/** The new user and business, or null when the number already had an account (nothing changed). */
/** `locale`: the language the sign-up page spoke (their choice on this device, else their
 * browser's), kept as theirs so their other devices and their notifications speak it too. */
export async function signUpSupplier(input: unknown, locale: Locale | null = null): Promise<{ userId: string; businessId: string } | null> {
  const data = parseInput(signUpSupplierSchema, input);
  // Hashed either way, so both answers take as long.
  const passwordHash = await hashPassword(data.password);
  try {
    const user = await getDb().user.create({
      data: {
        name: data.name,
        phone: data.phone,
        passwordHash,
        locale,
        memberships: { create: { role: "OWNER", business: { create: { name: data.businessName } } } },
      },
      select: { id: true, memberships: { select: { businessId: true } } },
    });
    return { userId: user.id, businessId: user.memberships[0]!.businessId };
  } catch (error) {
    if (isUniqueViolation(error, "User", "phone")) return null;
    throw error;
  }
}
