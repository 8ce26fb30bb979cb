"use server";
import { signUpSupplier } from "@/lib/auth/sign-up-supplier";
import { runAction } from "@/lib/errors";

export async function signUpSupplierAction(input: unknown) {
  return runAction(async () => {
    await signUpSupplier(input);
    return null;
  });
}
