"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors";
import { signInWithPhone } from "./sign-in";

type SignUpAction = (form: Record<string, string>) => Promise<ActionResult<string | null>>;

/** The sign-up forms' flow: create the account (server action), log in with the same number and
 * password, then go where the action says (or to the chats). Keeps what was typed on failure. */
export function useSignUpForm(signUp: SignUpAction) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(null);
    setFields({});
    const result = await signUp(form);
    if (!result.ok) {
      setError(result.message);
      setFields(result.fields ?? {});
      setBusy(false);
      return;
    }
    const failure = await signInWithPhone(form.phone ?? "", form.password ?? "");
    if (failure) {
      setError(failure);
      setBusy(false);
      return;
    }
    router.replace(result.data ?? "/chats");
    router.refresh();
  }

  return { submit, error, fields, busy };
}
