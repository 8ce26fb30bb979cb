"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { PasswordField } from "./PasswordField";
import { PhoneField } from "./PhoneField";
import { signInWithPhone } from "./sign-in";
import { useSignInErrorText } from "./use-sign-in-error-text";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Logs in, then goes to `next`, or, with `onLoggedIn`, wherever that resolves to (null: stay). */
export function LoginForm({ next = "/chats", onLoggedIn }: { next?: string; onLoggedIn?: () => Promise<string | null> }) {
  const t = useTranslations("auth");
  const hydrated = useHydrated();
  const errorText = useSignInErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const failure = await signInWithPhone(String(form.get("phone") ?? ""), String(form.get("password") ?? ""));
    if (failure) {
      setError(errorText(failure));
      setBusy(false);
      return;
    }
    const target = onLoggedIn ? await onLoggedIn() : next;
    if (!target) {
      // Logged in, but the follow-up (e.g. accepting an invite) failed: show the page as signed in.
      setBusy(false);
      router.refresh();
      return;
    }
    router.replace(target);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <FormAlert message={error} />
      <PhoneField />
      <PasswordField autoComplete="current-password" />
      <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
        {t("logIn")}
      </Button>
    </form>
  );
}
