"use server";
import { takeSignUpAttempt } from "@/lib/auth/auth-rate-limits";
import { requestAddress } from "@/lib/auth/request-address";
import { signUpSupplier } from "@/lib/auth/sign-up-supplier";
import { runAction } from "@/lib/errors";

export async function signUpSupplierAction(input: unknown) {
  const address = await requestAddress();
  return runAction(async () => {
    await takeSignUpAttempt(address);
    await signUpSupplier(input);
    return null;
  });
}
