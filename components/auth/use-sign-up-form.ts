"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/errors";
import { signInAfterSignUp } from "./sign-in";
import { useSignInErrorText } from "./use-sign-in-error-text";

type SignUpAction = (form: Record<string, string>) => Promise<ActionResult<null>>;
/** What to do once logged in (e.g. accept the invite); resolves to where to go next. */
type AfterSignIn = () => Promise<ActionResult<string>>;

/** The sign-up forms' flow: create the account (server action), log in with the same number and
 * password, then go to the chats (or where `afterSignIn` says). The action answers alike whether
 * or not the number had an account, so only that log-in tells, and only to the number's owner.
 * Keeps what was typed on failure. */
export function useSignUpForm(signUp: SignUpAction, afterSignIn?: AfterSignIn) {
  const router = useRouter();
  const errorText = useSignInErrorText();
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
    const failure = await signInAfterSignUp(form.phone ?? "", form.password ?? "");
    if (failure) {
      setError(errorText(failure));
      setBusy(false);
      return;
    }
    const next = afterSignIn ? await afterSignIn() : ({ ok: true, data: "/chats" } as const);
    if (!next.ok) {
      // Logged in, but the follow-up failed: say why, and show the page as signed in.
      setError(next.message);
      setBusy(false);
      router.refresh();
      return;
    }
    router.replace(next.data);
    router.refresh();
  }

  return { submit, error, fields, busy };
}
