"use client";
import { useTranslations } from "next-intl";
import { signUpSupplierAction } from "@/app/signup/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { PasswordField } from "./PasswordField";
import { PhoneField } from "./PhoneField";
import { useSignUpForm } from "./use-sign-up-form";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SupplierSignupForm() {
  const t = useTranslations("signup");
  const hydrated = useHydrated();
  const { submit, error, fields, busy } = useSignUpForm(signUpSupplierAction);
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <FormAlert message={error} />
      <TextField label={t("businessName")} name="businessName" autoComplete="organization" placeholder={t("businessNamePlaceholder")} required error={fields.businessName} />
      <TextField label={t("yourName")} name="name" autoComplete="name" required error={fields.name} />
      <PhoneField error={fields.phone} />
      <PasswordField autoComplete="new-password" error={fields.password} hint={t("passwordHint")} />
      <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
        {t("submit")}
      </Button>
    </form>
  );
}
