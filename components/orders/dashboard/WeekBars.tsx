import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import type { WeekBucket } from "@/lib/orders/order-dashboard";

interface WeekBarsProps {
  title: string;
  /** The figure for the whole period, next to the title. */
  total: string;
  weeks: WeekBucket[];
  value: (week: WeekBucket) => number;
  valueText: (week: WeekBucket) => string;
  tone: "brand" | "sky";
}

/** Twelve columns, oldest on the left; this week is the darkest. Plain divs: no chart library. */
export function WeekBars({ title, total, weeks, value, valueText, tone }: WeekBarsProps) {
  const t = useTranslations("dashboard");
  const weekLabel = new Intl.DateTimeFormat(INTL_LOCALE[useLocale()], { day: "numeric", month: "short", timeZone: "UTC" });
  /** weekStart is a calendar day ("2026-11-23"), read as such, not as an instant. */
  const labelOf = (weekStart: string) => weekLabel.format(new Date(`${weekStart}T00:00:00Z`));
  const max = Math.max(1, ...weeks.map(value));
  const colours = tone === "brand" ? ["bg-brand-500/45", "bg-brand-700"] : ["bg-sky-500/45", "bg-sky-700"];
  const first = weeks[0];
  const last = weeks.at(-1);
  return (
    <section aria-label={title} className="mx-3 mt-3 rounded-2xl bg-white px-4 py-3 ring-1 ring-stone-200">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-stone-700">{title}</h2>
        <p className="text-sm font-bold text-stone-900">{total}</p>
      </div>
      <ol className="mt-3 flex h-32 items-end gap-1.5">
        {weeks.map((week, index) => {
          const n = value(week);
          const current = index === weeks.length - 1;
          return (
            <li key={week.weekStart} className="flex h-full flex-1 flex-col justify-end" title={t("weekOf", { week: labelOf(week.weekStart), value: valueText(week) })}>
              <span className="sr-only">{t("weekOf", { week: labelOf(week.weekStart), value: valueText(week) })}</span>
              <span aria-hidden className={`block w-full rounded-t-md ${current ? colours[1] : colours[0]}`} style={{ height: n > 0 ? `${Math.max(4, (n / max) * 100)}%` : "2px" }} />
            </li>
          );
        })}
      </ol>
      <div aria-hidden className="mt-1 flex justify-between border-t border-stone-200 pt-1 text-[11px] text-stone-500">
        <span>{first ? labelOf(first.weekStart) : ""}</span>
        <span>{last ? t("thisWeek", { value: valueText(last) }) : ""}</span>
      </div>
    </section>
  );
}
