"use client";
// The owner fills the business's GST details once; invoices print them.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { saveGstProfileAction } from "@/app/settings/gst/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { GstProfileView } from "@/lib/invoices/gst-profile";
import { AddressField, StateField } from "./GstFields";

interface GstProfileFormProps {
  businessId: string;
  profile: GstProfileView | null;
  suggestedPrefix: string;
  /** This financial year, "26-27", to show how numbers will read. */
  financialYear: string;
  canEdit: boolean;
}

export function GstProfileForm({ businessId, profile, suggestedPrefix, financialYear, canEdit }: GstProfileFormProps) {
  const t = useTranslations("gst.profile");
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setResult(null);
    setFields({});
    const answer = await saveGstProfileAction({ ...form, businessId });
    setBusy(false);
    if (!answer.ok) {
      setResult({ tone: "error", message: answer.message });
      setFields(answer.fields ?? {});
      return;
    }
    setResult({ tone: "success", message: t("saved") });
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <fieldset disabled={!canEdit} className="flex flex-col gap-4">
        <TextField label={t("legalName")} name="legalName" defaultValue={profile?.legalName} autoComplete="organization" error={fields.legalName} hint={t("legalNameHint")} />
        <AddressField label={t("address")} name="address" defaultValue={profile?.address} autoComplete="street-address" error={fields.address} placeholder="Shop 12, Ring Road, Surat 395002" />
        <StateField label={t("state")} name="stateCode" defaultValue={profile?.stateCode ?? ""} error={fields.stateCode} />
        <TextField label="GSTIN" name="gstin" defaultValue={profile?.gstin} autoCapitalize="characters" spellCheck={false} maxLength={20} error={fields.gstin} hint={t("gstinHint")} />
        <TextField label={t("invoicePrefix")} name="invoicePrefix" defaultValue={profile?.invoicePrefix ?? suggestedPrefix} autoCapitalize="characters" maxLength={5} error={fields.invoicePrefix} hint={t("invoicePrefixHint", { year: financialYear })} />
        <TextField label={t("hsnCode")} name="defaultHsnCode" defaultValue={profile?.defaultHsnCode ?? "6204"} inputMode="numeric" maxLength={8} error={fields.defaultHsnCode} hint={t("hsnHint")} />
      </fieldset>
      {/* Beside the button: the answer shows where the thumb is, at the end of a long form. */}
      <FormAlert tone={result?.tone} message={result?.message} />
      {canEdit ? (
        <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
          {t("save")}
        </Button>
      ) : (
        <p className="text-sm text-stone-600">{t("ownerOnly")}</p>
      )}
    </form>
  );
}
