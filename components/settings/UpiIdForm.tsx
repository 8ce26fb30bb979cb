"use client";
// The owner's UPI ID, where payment reminders ask buyers to pay (lib/businesses/business-upi.ts).
import { useState, type FormEvent } from "react";
import { saveUpiIdAction } from "@/app/settings/payments/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";

export function UpiIdForm({ businessId, upiId, canEdit }: { businessId: string; upiId: string | null; canEdit: boolean }) {
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
      setResult({ tone: "error", message: answer.fields?.upiId ? "Check the UPI ID." : answer.message });
      return;
    }
    setResult({ tone: "success", message: answer.data.upiId ? `Saved. Reminders ask buyers to pay ${answer.data.upiId}.` : "Removed. Reminders need a UPI ID." });
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" method="post" noValidate>
      <TextField
        label="UPI ID"
        name="upiId"
        defaultValue={upiId ?? ""}
        autoCapitalize="none"
        spellCheck={false}
        inputMode="email"
        readOnly={!canEdit}
        error={fieldError}
        hint="As your UPI app shows it, like shop@okaxis or 9876543210@ybl."
      />
      <FormAlert tone={result?.tone} message={result?.message} />
      {canEdit ? (
        <Button type="submit" fullWidth busy={busy} disabled={!hydrated}>
          Save UPI ID
        </Button>
      ) : (
        <p className="text-sm text-stone-600">Only the owner can change where payments go.</p>
      )}
    </form>
  );
}
