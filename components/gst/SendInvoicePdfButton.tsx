"use client";
// Sends the invoice's PDF to the order's chat again (it goes by itself when the invoice is made;
// this is for a PDF that could not go then, or a chat that needs it once more).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendInvoicePdfAction } from "@/app/orders/[orderId]/invoice/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

export function SendInvoicePdfButton({ orderId }: { orderId: string }) {
  const t = useTranslations("gst.invoice");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function send() {
    if (busy) return;
    setBusy(true);
    setResult(null);
    const answer = await sendInvoicePdfAction({ orderId });
    setBusy(false);
    setResult(answer.ok ? { tone: "success", message: t("pdfSent") } : { tone: "error", message: answer.message });
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <FormAlert tone={result?.tone} message={result?.message} />
      <Button type="button" variant="secondary" busy={busy} onClick={() => void send()}>
        {t("sendPdf")}
      </Button>
    </div>
  );
}
