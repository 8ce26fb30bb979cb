// A supplier signs up: one user, one business, and an OWNER membership, together or not at all.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { businessNameSchema, parseInput, personNameSchema } from "@/lib/validation";
import { hashPassword, passwordSchema } from "./password";
import { phoneSchema } from "./phone";

export const signUpSupplierSchema = z.object({
  name: personNameSchema,
  phone: phoneSchema,
  password: passwordSchema,
  businessName: businessNameSchema,
});

export const PHONE_TAKEN_MESSAGE = "This mobile number already has an account. Log in instead.";

export async function signUpSupplier(input: unknown): Promise<{ userId: string; businessId: string }> {
  const data = parseInput(signUpSupplierSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    const user = await getDb().user.create({
      data: {
        name: data.name,
        phone: data.phone,
        passwordHash,
        memberships: { create: { role: "OWNER", business: { create: { name: data.businessName } } } },
      },
      select: { id: true, memberships: { select: { businessId: true } } },
    });
    return { userId: user.id, businessId: user.memberships[0]!.businessId };
  } catch (error) {
    if (isUniqueViolation(error, "User", "phone")) throw new AppError("CONFLICT", PHONE_TAKEN_MESSAGE, { fields: { phone: PHONE_TAKEN_MESSAGE } });
    throw error;
  }
}
