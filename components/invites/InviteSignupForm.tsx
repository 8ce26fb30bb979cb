"use client";
import { useTranslations } from "next-intl";
import { acceptInviteAction, signUpWithInviteAction } from "@/app/invite/[token]/actions";
import { PasswordField } from "@/components/auth/PasswordField";
import { PhoneField } from "@/components/auth/PhoneField";
import { useSignUpForm } from "@/components/auth/use-sign-up-form";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";

export function InviteSignupForm({ token, name, phone, cta }: { token: string; name: string | null; phone: string | null; cta: string }) {
  const t = useTranslations("signup");
  const hydrated = useHydrated();
  const { submit, error, fields, busy } = useSignUpForm(
    (form) => signUpWithInviteAction({ ...form, token }),
    () => acceptInviteAction(token),
  );
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <FormAlert message={error} />
      <TextField label={t("yourName")} name="name" autoComplete="name" defaultValue={name ?? ""} required error={fields.name} />
      <PhoneField defaultValue={phone ?? ""} error={fields.phone} />
      <PasswordField autoComplete="new-password" error={fields.password} hint={t("passwordHint")} />
      <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
        {cta}
      </Button>
    </form>
  );
}
