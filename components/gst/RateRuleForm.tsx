"use client";
// The business's GST rate (lib/invoices/rate-rule.ts): what applies now, a new rate from a day,
// or back to the garment rule. Only the owner changes it.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setRatePeriodAction, garmentRuleAgainAction } from "@/app/settings/gst/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import type { RateRuleView } from "@/lib/invoices/rate-rule";

const day = (iso: string) => new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

export function RateRuleForm({ businessId, rule, today, canEdit }: { businessId: string; rule: RateRuleView; today: string; canEdit: boolean }) {
  const router = useRouter();
  const [oneRate, setOneRate] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function run(work: () => ReturnType<typeof setRatePeriodAction>, done: string) {
    if (busy) return;
    setBusy(true);
    setResult(null);
    setFields({});
    const answer = await work();
    setBusy(false);
    if (!answer.ok) {
      setFields(answer.fields ?? {});
      // A field's own message shows under it; the box by the button only points there.
      setResult({ tone: "error", message: answer.fields && Object.keys(answer.fields).length ? "Check the field marked above." : answer.message });
      return;
    }
    setResult({ tone: "success", message: done });
    router.refresh();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    void run(() => setRatePeriodAction({ ...form, oneRate, businessId }), "Saved. Invoices made from that day use the new rate.");
  }

  return (
    <section aria-labelledby="gst-rate" className="flex flex-col gap-3 border-t border-stone-200 pt-4">
      <h2 id="gst-rate" className="text-lg font-semibold">
        GST rate
      </h2>
      <p className="text-base text-stone-700" data-testid="current-rate">
        {rule.current ? `Since ${day(rule.current.from)}: ${rule.current.text}.` : "No rate yet."}
        {rule.garmentRule ? " (The rule for readymade garments.)" : ""}
      </p>
      {rule.next ? <p className="text-base text-stone-700">{`From ${day(rule.next.from)}: ${rule.next.text}.`}</p> : null}
      {canEdit ? (
        <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
          <TextField label="New rate from" name="from" type="date" min={today} defaultValue={today} error={fields.from} />
          <label className="flex min-h-12 items-center gap-3 text-base">
            <input type="checkbox" checked={oneRate} onChange={(event) => setOneRate(event.target.checked)} className="size-5" />
            One rate for every price
          </label>
          <TextField label={oneRate ? "Rate (%)" : "Rate up to the price below (%)"} name="rate" inputMode="decimal" defaultValue="5" error={fields.rate} />
          {oneRate ? null : (
            <>
              <TextField label="Up to this price per piece (Rs)" name="upToRupees" inputMode="decimal" defaultValue="2500" error={fields.upToRupees} />
              <TextField label="Rate above it (%)" name="aboveRate" inputMode="decimal" defaultValue="18" error={fields.aboveRate} />
            </>
          )}
          <FormAlert tone={result?.tone} message={result?.message} />
          <Button type="submit" fullWidth busy={busy}>
            Save GST rate
          </Button>
          {rule.garmentRule ? null : (
            <Button type="button" variant="secondary" fullWidth disabled={busy} onClick={() => void run(() => garmentRuleAgainAction({ businessId }), "Back to the rule for readymade garments.")}>
              Use the garment rule again
            </Button>
          )}
        </form>
      ) : (
        <p className="text-sm text-stone-600">Only the owner can change the rate.</p>
      )}
    </section>
  );
}
