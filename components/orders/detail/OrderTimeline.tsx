import { useLocale, useTranslations } from "next-intl";
import type { TimelineEntry } from "@/lib/orders/get-order";
import { formatDateTime } from "./format";
import { timelineText } from "./timeline-text";

/** Who did what and when, oldest first, as a line of dots. */
export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  return (
    <ol aria-label={t("detail.timeline")} className="mx-4 border-l-2 border-brand-100 pl-4">
      {entries.map((entry, index) => (
        <li key={entry.id} className="relative pb-3 last:pb-0">
          <span aria-hidden className={`absolute top-1.5 -left-[1.4rem] size-3 rounded-full ring-2 ring-white ${index === entries.length - 1 ? "bg-brand-600" : "bg-brand-100"}`} />
          <p className="text-sm font-semibold text-stone-900">{timelineText(t, entry)}</p>
          <p className="text-xs text-stone-500">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
            {entry.actorName ? ` · ${entry.actorName}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
