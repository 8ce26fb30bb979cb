import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import type { BroadcastSummary } from "@/lib/broadcasts/list-broadcasts";
import { formatListTime } from "@/lib/format-time";

/** Newest first: cover photo, what went out, when, and how many buyers have read it. */
export function BroadcastRows({ broadcasts }: { broadcasts: BroadcastSummary[] }) {
  const t = useTranslations("broadcasts");
  const locale = useLocale();
  return (
    <ul aria-label={t("title")} className="divide-y divide-stone-100">
      {broadcasts.map((broadcast) => {
        const what = t("row.what", { designs: broadcast.designCount, buyers: broadcast.total, total: String(broadcast.total) });
        return (
          <li key={broadcast.id}>
            <Link prefetch={false} href={`/broadcasts/${broadcast.id}`} className="flex min-h-18 items-center gap-3 px-4 py-3 active:bg-stone-100">
              <span className="block size-14 shrink-0 overflow-hidden rounded-lg bg-stone-200">
                {broadcast.cover ? <DesignPhoto photo={broadcast.cover} alt="" sizes="56px" className="size-14 object-cover" /> : null}
              </span>
              <span className="min-w-0 flex-1">
                <span className="flex items-baseline justify-between gap-2">
                  <span className="truncate font-semibold">{what}</span>
                  <span className="shrink-0 text-xs text-stone-500">{formatListTime(new Date(broadcast.createdAt), undefined, locale)}</span>
                </span>
                <span className="line-clamp-2 text-sm text-stone-600">{broadcast.caption ?? t("by", { name: broadcast.createdByName })}</span>
                <span className="block text-xs text-stone-500">
                  {broadcast.sent < broadcast.total ? `${t("row.progress", { sent: String(broadcast.sent), total: String(broadcast.total) })} · ` : null}
                  {t("row.receipts", { delivered: String(broadcast.delivered), read: String(broadcast.read) })}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
