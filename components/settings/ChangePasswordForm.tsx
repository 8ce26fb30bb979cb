"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/settings/actions";
import { PasswordField } from "@/components/auth/PasswordField";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Current and new password; other devices are logged out, this one stays. */
export function ChangePasswordForm() {
  const t = useTranslations("settings");
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const formElement = event.currentTarget;
    const form = Object.fromEntries(new FormData(formElement)) as Record<string, string>;
    setBusy(true);
    setResult(null);
    setFields({});
    const answer = await changePasswordAction(form);
    setBusy(false);
    if (!answer.ok) {
      setResult({ tone: "error", message: answer.message });
      setFields(answer.fields ?? {});
      return;
    }
    formElement.reset();
    setResult({ tone: "success", message: answer.data ? t("passwordChangedOthersOut") : t("passwordChanged") });
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <FormAlert tone={result?.tone} message={result?.message} />
      <PasswordField label={t("currentPassword")} name="currentPassword" autoComplete="current-password" error={fields.currentPassword} />
      <PasswordField label={t("newPassword")} name="newPassword" autoComplete="new-password" error={fields.newPassword} hint={t("newPasswordHint")} />
      <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
