"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { createInviteAction } from "@/app/business/invites/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { ShareInvite } from "./ShareInvite";

interface CreateInviteFormProps {
  businessId: string;
  businessName: string;
  canInviteStaff: boolean;
}

export function CreateInviteForm({ businessId, businessName, canInviteStaff }: CreateInviteFormProps) {
  const t = useTranslations("invite");
  const router = useRouter();
  const [kind, setKind] = useState<"BUYER" | "STAFF">("BUYER");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [link, setLink] = useState<{ url: string; kind: "BUYER" | "STAFF"; expiresAt: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const formElement = event.currentTarget;
    const form = Object.fromEntries(new FormData(formElement));
    setBusy(true);
    setError(null);
    setFields({});
    const result = await createInviteAction({ ...form, businessId, kind });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      setFields(result.fields ?? {});
      return;
    }
    setLink({ url: new URL(result.data.path, window.location.origin).toString(), kind, expiresAt: result.data.expiresAt });
    formElement.reset();
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {canInviteStaff ? (
        <div role="radiogroup" aria-label={t("whoLabel")} className="grid grid-cols-2 gap-1 rounded-xl bg-stone-100 p-1">
          {(["BUYER", "STAFF"] as const).map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={kind === option}
              onClick={() => {
                setKind(option);
                setLink(null);
              }}
              className={`min-h-11 rounded-lg text-sm font-semibold ${kind === option ? "bg-white text-brand-700 shadow-sm" : "text-stone-600"}`}
            >
              {option === "BUYER" ? t("aBuyer") : t("staffOption")}
            </button>
          ))}
        </div>
      ) : null}
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <FormAlert message={error} />
        {kind === "BUYER" ? (
          <>
            <TextField label={t("buyerName")} name="name" autoComplete="off" placeholder={t("buyerNamePlaceholder")} error={fields.name} />
            <TextField label={t("buyerPhone")} name="phone" type="tel" inputMode="tel" autoComplete="off" placeholder="+91 98123 45678" error={fields.phone} hint={t("buyerPhoneHint")} />
          </>
        ) : (
          <p className="text-sm text-stone-600">{t("staffNote")}</p>
        )}
        <Button type="submit" fullWidth busy={busy}>
          {kind === "BUYER" ? t("createBuyer") : t("createStaff")}
        </Button>
      </form>
      {link ? <ShareInvite url={link.url} businessName={businessName} kind={link.kind} expiresAt={link.expiresAt} /> : null}
    </div>
  );
}
