"use client";
// The business's GST rate (lib/invoices/rate-rule.ts): what applies now, a new rate from a day,
// or back to the garment rule. Only the owner changes it.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { setRatePeriodAction, garmentRuleAgainAction } from "@/app/settings/gst/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { percentText } from "@/lib/gst/rate-periods";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { RateRuleView } from "@/lib/invoices/rate-rule";
import { formatRupees } from "@/lib/money";

type RateT = ReturnType<typeof useTranslations<"gst.rate">>;
type Slabs = NonNullable<RateRuleView["current"]>["slabs"];

const day = (iso: string, locale: Locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

/** "5% up to Rs 2,500 a piece, 18% above" or "12% on every price" (lib/gst/rate-periods.ts's slabsText, in the reader's words). */
function slabsText(t: RateT, slabs: Slabs): string {
  if (slabs.length === 1) return t("everyPrice", { rate: percentText(slabs[0]!.rateBasisPoints) });
  return slabs
    .map((slab, index) => {
      const rate = percentText(slab.rateBasisPoints);
      if (slab.upToPaise === undefined) return t("above", { rate });
      return t(index === 0 ? "upToPerPiece" : "upTo", { rate, amount: formatRupees(slab.upToPaise) });
    })
    .join(", ");
}

export function RateRuleForm({ businessId, rule, today, canEdit }: { businessId: string; rule: RateRuleView; today: string; canEdit: boolean }) {
  const t = useTranslations("gst.rate");
  const locale = useLocale();
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
      setResult({ tone: "error", message: answer.fields && Object.keys(answer.fields).length ? t("checkField") : answer.message });
      return;
    }
    setResult({ tone: "success", message: done });
    router.refresh();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    void run(() => setRatePeriodAction({ ...form, oneRate, businessId }), t("saved"));
  }

  return (
    <section aria-labelledby="gst-rate" className="flex flex-col gap-3 border-t border-stone-200 pt-4">
      <h2 id="gst-rate" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-base text-stone-700" data-testid="current-rate">
        {rule.current ? t("since", { day: day(rule.current.from, locale), text: slabsText(t, rule.current.slabs) }) : t("none")}
        {rule.garmentRule ? ` ${t("garmentRule")}` : ""}
      </p>
      {rule.next ? <p className="text-base text-stone-700">{t("from", { day: day(rule.next.from, locale), text: slabsText(t, rule.next.slabs) })}</p> : null}
      {canEdit ? (
        <form onSubmit={submit} className="flex flex-col gap-3" noValidate>
          <TextField label={t("newFrom")} name="from" type="date" min={today} defaultValue={today} error={fields.from} />
          <label className="flex min-h-12 items-center gap-3 text-base">
            <input type="checkbox" checked={oneRate} onChange={(event) => setOneRate(event.target.checked)} className="size-5" />
            {t("oneRate")}
          </label>
          <TextField label={oneRate ? t("rate") : t("rateUpTo")} name="rate" inputMode="decimal" defaultValue="5" error={fields.rate} />
          {oneRate ? null : (
            <>
              <TextField label={t("upToPrice")} name="upToRupees" inputMode="decimal" defaultValue="2500" error={fields.upToRupees} />
              <TextField label={t("aboveRate")} name="aboveRate" inputMode="decimal" defaultValue="18" error={fields.aboveRate} />
            </>
          )}
          <FormAlert tone={result?.tone} message={result?.message} />
          <Button type="submit" fullWidth busy={busy}>
            {t("save")}
          </Button>
          {rule.garmentRule ? null : (
            <Button type="button" variant="secondary" fullWidth disabled={busy} onClick={() => void run(() => garmentRuleAgainAction({ businessId }), t("garmentAgainDone"))}>
              {t("garmentAgain")}
            </Button>
          )}
        </form>
      ) : (
        <p className="text-sm text-stone-600">{t("ownerOnly")}</p>
      )}
    </section>
  );
}
