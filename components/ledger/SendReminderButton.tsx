"use client";
// One tap: the buyer gets a message with what is due, a UPI link and its QR code
// (lib/ledger/payment-reminder.ts). The reminder id comes from the page that rendered the button
// and is kept for its life, so a double tap or a retry sends one reminder.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendPaymentReminderAction } from "@/app/chats/[conversationId]/statement/actions";
import { Button, buttonClasses } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";

export function SendReminderButton({ conversationId, clientId: renderedClientId, amountText }: { conversationId: string; clientId: string; amountText: string }) {
  const t = useTranslations("ledger");
  const [clientId] = useState(renderedClientId);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true } | { ok: false; message: string } | null>(null);

  async function send() {
    if (busy) return;
    setBusy(true);
    setResult(null);
    try {
      const answer = await sendPaymentReminderAction({ conversationId, clientId });
      setResult(answer.ok ? { ok: true } : { ok: false, message: answer.message });
    } catch {
      // The same id again is the same reminder: trying again cannot send two.
      setResult({ ok: false, message: t("noConnection") });
    } finally {
      setBusy(false);
    }
  }

  if (result?.ok) {
    return (
      <div role="status" className="space-y-3 rounded-xl bg-brand-50 px-4 py-3 text-sm text-stone-900 ring-1 ring-brand-100 print:hidden">
        <p className="font-semibold">{t("reminderSent", { amount: amountText })}</p>
        <Link prefetch={false} href={`/chats/${conversationId}`} className={buttonClasses("secondary", true)}>
          {t("openChat")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2 print:hidden">
      <FormAlert message={result && !result.ok ? result.message : null} />
      <Button type="button" busy={busy} onClick={() => void send()}>
        {t("sendReminder")}
      </Button>
    </div>
  );
}
