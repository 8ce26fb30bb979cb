"use client";
import { signIn } from "next-auth/react";

/** Signs in with next-auth's Credentials provider; resolves to an error message or null. */
export async function signInWithPhone(phone: string, password: string): Promise<string | null> {
  const result = await signIn("credentials", { phone, password, redirect: false });
  if (result?.ok && !result.error) return null;
  return result?.error && result.error !== "CredentialsSignin" ? result.error : "Could not log in. Check your number and password.";
}
