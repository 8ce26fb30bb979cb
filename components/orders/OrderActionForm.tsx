"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { downsizeForUpload } from "@/components/designs/downsize-photo";
import { uploadPhoto } from "@/components/designs/upload-photo-client";
import { newClientId } from "@/lib/messages/outbox";
import { BottomSheet } from "@/components/chat/BottomSheet";
import { formatRupees } from "@/lib/money";
import { readRupees } from "@/lib/money-input";
import { useProblemText } from "@/components/ui/use-problem-text";

export type FormAction = "decline" | "cancel" | "payment" | "dispatch";

const fieldClass = "min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base";
const METHODS = ["UPI", "BANK_TRANSFER", "CASH", "CHEQUE", "OTHER"] as const;

// Keys of "orders.form".
const TITLES = { decline: "declineTitle", cancel: "cancelTitle", payment: "paymentTitle", dispatch: "dispatchTitle" } as const satisfies Record<FormAction, string>;

/** The details an order action needs: a reason, a payment, or the transporter and LR. */
export function OrderActionForm({ action, number, businessId, balancePaise, onSubmit, onClose, error, busy }: {
  action: FormAction;
  number: number;
  /** Where an LR photo is uploaded (the order's business). */
  businessId: string;
  balancePaise: number;
  onSubmit: (details: Record<string, unknown>) => void;
  onClose: () => void;
  error: string | null;
  busy: boolean;
}) {
  const t = useTranslations("orders");
  const problemText = useProblemText();
  const title = t(`form.${TITLES[action]}`);
  const [localError, setLocalError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [photoClientId] = useState(newClientId); // a retried upload is the same photo
  const [paymentClientId] = useState(newClientId); // a double tap or retry is the same payment

  async function uploadLrPhoto(file: File): Promise<string | null> {
    setUploading(0);
    const result = await uploadPhoto(await downsizeForUpload(file), { businessId, clientId: photoClientId }, setUploading);
    setUploading(null);
    if (result.ok) return result.photo.photoId;
    setLocalError(t("form.lrPhotoError", { message: result.message }));
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    setLocalError(null);
    if (action === "payment") {
      const amount = readRupees(text("amount"));
      if (!amount.ok || !amount.paise) return setLocalError(amount.ok ? t("form.amountHint") : problemText(amount));
      return onSubmit({ amountPaise: amount.paise, method: text("method"), reference: text("reference") || undefined, clientId: paymentClientId });
    }
    if (action === "dispatch") {
      const photo = form.get("lrPhoto");
      const lrPhotoId = photo instanceof File && photo.size > 0 ? await uploadLrPhoto(photo) : undefined;
      if (lrPhotoId === null) return; // the upload failed: its message is showing, nothing is lost
      return onSubmit({ transporter: text("transporter"), lrNumber: text("lrNumber"), parcels: Number(text("parcels")), ewayBillNumber: text("ewayBillNumber") || undefined, lrPhotoId });
    }
    onSubmit({ reason: text("reason") });
  }

  const shown = localError ?? error;
  return (
    <BottomSheet label={title} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} className="space-y-3 px-4 pt-3 pb-4">
        <h2 className="text-lg font-semibold">
          {title} #{number}
        </h2>
        {action === "decline" || action === "cancel" ? (
          <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
            {t("form.reason")}
            <input name="reason" required maxLength={300} className={fieldClass} placeholder={action === "decline" ? t("form.declinePlaceholder") : t("form.cancelPlaceholder")} />
          </label>
        ) : null}
        {action === "payment" ? (
          <>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.amount")}
              <input name="amount" inputMode="decimal" required defaultValue={balancePaise > 0 ? String(balancePaise / 100) : ""} className={fieldClass} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.paidBy")}
              <select name="method" defaultValue="UPI" className={fieldClass}>
                {METHODS.map((value) => (
                  <option key={value} value={value}>
                    {t(`method.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.reference")}
              <input name="reference" maxLength={80} className={fieldClass} placeholder={t("form.referencePlaceholder")} />
            </label>
            {balancePaise > 0 ? <p className="text-sm text-stone-600">{t("form.stillToPay", { amount: formatRupees(balancePaise) })}</p> : null}
          </>
        ) : null}
        {action === "dispatch" ? (
          <>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.transporter")}
              <input name="transporter" required maxLength={80} className={fieldClass} placeholder="VRL Logistics" />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.lrNumber")}
              <input name="lrNumber" required maxLength={40} className={fieldClass} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.parcels")}
              <input name="parcels" type="number" inputMode="numeric" min={1} max={999} defaultValue={1} required className={fieldClass} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.ewayBill")}
              <input name="ewayBillNumber" inputMode="numeric" maxLength={14} className={fieldClass} placeholder={t("form.ewayPlaceholder")} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
              {t("form.lrPhoto")}
              <input name="lrPhoto" type="file" accept="image/*" className="text-base file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-stone-200 file:px-4" />
            </label>
            {uploading !== null ? <p className="text-sm text-stone-600">{t("form.uploading", { percent: Math.round(uploading * 100) })}</p> : null}
          </>
        ) : null}
        {shown ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {shown}
          </p>
        ) : null}
        <button type="submit" disabled={busy || uploading !== null} className="min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {busy ? t("form.saving") : title}
        </button>
        {action === "decline" || action === "cancel" ? (
          // The way out says what it keeps: "Close" or a bare × reads like it might go ahead.
          <button type="button" onClick={onClose} className="min-h-12 w-full rounded-xl text-base font-semibold text-brand-800 ring-1 ring-brand-600/40">
            {t("form.keepOrder")}
          </button>
        ) : null}
      </form>
    </BottomSheet>
  );
}
