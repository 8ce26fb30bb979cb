"use server";
import { takeSignUpAttempt } from "@/lib/auth/auth-rate-limits";
import { requestAddress } from "@/lib/auth/request-address";
import { signUpSupplier } from "@/lib/auth/sign-up-supplier";
import { currentLocale } from "@/lib/i18n/current-locale";
import { actAsAnyone } from "@/lib/server-action";

export async function signUpSupplierAction(input: unknown) {
  const address = await requestAddress();
  return actAsAnyone(async () => {
    await takeSignUpAttempt(address);
    // The same answer whether or not the number had an account (sign-up-supplier.ts).
    await signUpSupplier(input, await currentLocale());
    return null;
  });
}
