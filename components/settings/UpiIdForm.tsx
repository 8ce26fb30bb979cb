"use client";
// The owner's UPI ID, where payment reminders ask buyers to pay (lib/businesses/business-upi.ts).
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { saveUpiIdAction } from "@/app/settings/payments/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";

export function UpiIdForm({ businessId, upiId, canEdit }: { businessId: string; upiId: string | null; canEdit: boolean }) {
  const t = useTranslations("business");
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const typed = String(new FormData(event.currentTarget).get("upiId") ?? "");
    setBusy(true);
    setResult(null);
    setFieldError(undefined);
    const answer = await saveUpiIdAction({ businessId, upiId: typed });
    setBusy(false);
    if (!answer.ok) {
      setFieldError(answer.fields?.upiId);
      setResult({ tone: "error", message: answer.fields?.upiId ? t("checkUpi") : answer.message });
      return;
    }
    setResult({ tone: "success", message: answer.data.upiId ? t("upiSaved", { upiId: answer.data.upiId }) : t("upiRemoved") });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <TextField
        label={t("upiId")}
        name="upiId"
        defaultValue={upiId ?? ""}
        autoCapitalize="none"
        spellCheck={false}
        inputMode="email"
        readOnly={!canEdit}
        error={fieldError}
        hint={t("upiHint")}
      />
      <FormAlert tone={result?.tone} message={result?.message} />
      {canEdit ? (
        <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
          {t("saveUpi")}
        </Button>
      ) : (
        <p className="text-sm text-stone-600">{t("ownerOnly")}</p>
      )}
    </form>
  );
}
