import { useTranslations } from "next-intl";
import { groupIndian } from "@/lib/indian-number";

/** Sent, delivered and read, as three big numbers at the top of a broadcast; above them, while
 * the albums are still being written, how far that has gone; under them, the chosen buyers it
 * skipped because they had replied STOP. */
export function BroadcastCounts({ counts, sending }: { counts: { total: number; sent: number; delivered: number; read: number; skipped: number }; sending: boolean }) {
  const t = useTranslations("broadcasts");
  const items = [
    { label: t("receipt.sent"), value: counts.sent },
    { label: t("receipt.delivered"), value: counts.delivered },
    { label: t("receipt.read"), value: counts.read },
  ];
  return (
    <>
      {sending ? (
        <p role="status" className="mx-4 mt-4 rounded-xl bg-brand-50 px-4 py-3 text-sm font-medium text-brand-800">
          {t("status.sendingTo", { total: groupIndian(counts.total), sent: groupIndian(counts.sent) })}
        </p>
      ) : null}
      <dl className="grid grid-cols-3 gap-2 px-4 pt-4">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col items-center rounded-xl bg-stone-50 py-3 ring-1 ring-stone-200">
            <dt className="text-xs font-medium text-stone-500">{item.label}</dt>
            <dd className="text-2xl font-bold text-stone-900" aria-label={t("status.countOf", { label: item.label, value: String(item.value), total: String(counts.total) })}>
              {item.value}
            </dd>
          </div>
        ))}
      </dl>
      {counts.skipped > 0 ? (
        <p className="px-4 pt-2 text-sm text-stone-600">
          {t("status.skipped", { count: counts.skipped, n: String(counts.skipped) })}
        </p>
      ) : null}
    </>
  );
}
