"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { updateDesignDetailsAction } from "@/app/catalog/[designId]/actions";
import { DesignDetailsFields } from "@/components/designs/DesignDetailsFields";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { parseDesignForm, type DesignFormText } from "@/lib/designs/parse-design-form";
import { useProblemText } from "@/components/ui/use-problem-text";

type FieldError = { field: keyof DesignFormText; message: string };

/** Edit a design's details. What was typed stays on screen when something is wrong. */
export function EditDesignForm({ designId, initial }: { designId: string; initial: DesignFormText }) {
  const t = useTranslations("catalog.edit");
  const problemText = useProblemText();
  const router = useRouter();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<FieldError | null>(null);
  const [alert, setAlert] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAlert(null);
    // Checked here first for an instant message; the server checks again.
    const parsed = parseDesignForm(value);
    if (!parsed.ok) {
      setFieldError({ field: parsed.field, message: problemText(parsed) });
      return;
    }
    setFieldError(null);
    setBusy(true);
    const result = await updateDesignDetailsAction({ designId, form: value });
    setBusy(false);
    if (!result.ok) {
      const [field, message] = Object.entries(result.fields ?? {})[0] ?? [];
      setFieldError(field && message ? { field: field as keyof DesignFormText, message } : null);
      setAlert({ tone: "error", message: result.message });
      return;
    }
    setValue(result.data);
    setAlert({ tone: "success", message: t("saved") });
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert?.message} tone={alert?.tone} />
      <DesignDetailsFields idPrefix="edit" value={value} onChange={(next) => setValue(next)} error={fieldError} />
      <p className="text-sm text-stone-500">{t("priceHint")}</p>
      <TextField
        label={t("hsn")}
        name="hsnCode"
        inputMode="numeric"
        maxLength={8}
        value={value.hsnCode ?? ""}
        onChange={(event) => setValue({ ...value, hsnCode: event.target.value })}
        error={fieldError?.field === "hsnCode" ? fieldError.message : undefined}
        hint={t("hsnHint")}
      />
      <Button type="submit" fullWidth busy={busy}>
        {t("save")}
      </Button>
    </form>
  );
}
