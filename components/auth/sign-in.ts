"use client";
import { signIn } from "next-auth/react";
import { forgetOfflineCopies } from "@/components/push/offline-copies";
import { SIGNED_UP_BUT_NOT_LOGGED_IN, WRONG_CREDENTIALS } from "@/lib/auth/login-messages";

/** Signs in with next-auth's Credentials provider; resolves to an error message or null. */
export async function signInWithPhone(phone: string, password: string): Promise<string | null> {
  const result = await signIn("credentials", { phone, password, redirect: false });
  if (result?.ok && !result.error) {
    // A new person on this phone: nothing the last one kept for offline may show to them.
    await forgetOfflineCopies();
    return null;
  }
  return result?.error && result.error !== "CredentialsSignin" ? result.error : "Could not log in. Check your number and password.";
}

/** The log-in that follows a sign-up. Refused with what was typed, the number had an account
 * already: say what its owner should do rather than "wrong password" on a sign-up form. */
export async function signInAfterSignUp(phone: string, password: string): Promise<string | null> {
  const failure = await signInWithPhone(phone, password);
  return failure === WRONG_CREDENTIALS ? SIGNED_UP_BUT_NOT_LOGGED_IN : failure;
}
