"use client";
// A member makes an order's tax invoice: the buyer's billing details (kept for their next
// invoice), then one tap. A double tap makes one invoice (the service returns the first).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { createInvoiceAction } from "@/app/orders/[orderId]/invoice/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { BuyerBillingView } from "@/lib/invoices/buyer-billing";
import { AddressField, StateField } from "./GstFields";

export function CreateInvoiceForm({ orderId, buyerName, billing }: { orderId: string; buyerName: string; billing: BuyerBillingView | null }) {
  const t = useTranslations("gst.invoice");
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const buyer = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(null);
    setFields({});
    const answer = await createInvoiceAction({ orderId, buyer });
    if (!answer.ok) {
      setBusy(false);
      setError(answer.message);
      // The service names fields buyer.gstin...; the form's inputs are gstin...
      setFields(Object.fromEntries(Object.entries(answer.fields ?? {}).map(([key, message]) => [key.replace(/^buyer\./, ""), message])));
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <h2 className="text-lg font-semibold">{t("billedTo")}</h2>
      <TextField label={t("buyerLegalName")} name="legalName" defaultValue={billing?.legalName ?? buyerName} error={fields.legalName} />
      <AddressField label={t("billingAddress")} name="address" defaultValue={billing?.address} error={fields.address} placeholder="12 MG Road, Jaipur 302001" />
      <StateField label={t("buyerState")} name="stateCode" defaultValue={billing?.stateCode ?? ""} error={fields.stateCode} />
      <TextField label={t("buyerGstin")} name="gstin" defaultValue={billing?.gstin ?? ""} autoCapitalize="characters" spellCheck={false} maxLength={20} error={fields.gstin} />
      <FormAlert message={error} />
      <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
        {t("make")}
      </Button>
    </form>
  );
}
