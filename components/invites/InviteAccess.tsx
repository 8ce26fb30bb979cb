"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { acceptInviteAction } from "@/app/invite/[token]/actions";
import { LoginForm } from "@/components/auth/LoginForm";
import { FormAlert } from "@/components/ui/FormAlert";
import { InviteSignupForm } from "./InviteSignupForm";

interface InviteAccessProps {
  token: string;
  name: string | null;
  phone: string | null;
  cta: string;
}

/** For a signed-out visitor: create an account (the common case), or log in and accept. */
export function InviteAccess({ token, name, phone, cta }: InviteAccessProps) {
  const t = useTranslations("invite");
  const [mode, setMode] = useState<"signup" | "login">("signup");
  const [error, setError] = useState<string | null>(null);

  async function acceptAfterLogin(): Promise<string | null> {
    const result = await acceptInviteAction(token);
    if (result.ok) return result.data;
    setError(result.message);
    return null;
  }

  return (
    <div className="flex flex-col gap-4">
      <div role="tablist" aria-label={t("accountTabs")} className="grid grid-cols-2 gap-1 rounded-xl bg-stone-100 p-1">
        {(
          [
            ["signup", t("imNew")],
            ["login", t("haveAccount")],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={mode === value}
            onClick={() => setMode(value)}
            className={`min-h-11 rounded-lg text-sm font-semibold ${mode === value ? "bg-white text-brand-700 shadow-sm" : "text-stone-600"}`}
          >
            {label}
          </button>
        ))}
      </div>
      <FormAlert message={error} />
      {mode === "signup" ? <InviteSignupForm token={token} name={name} phone={phone} cta={cta} /> : <LoginForm onLoggedIn={acceptAfterLogin} />}
    </div>
  );
}
