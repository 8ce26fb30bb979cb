import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrderTotals } from "@/lib/orders/list-orders";
import { formatRupees } from "@/lib/money";
import { groupIndian } from "@/lib/indian-number";

/** Counts keep Indian grouping (1,00,000) in every language. */
const counted = (n: number) => ({ count: n, n: groupIndian(n) });

/** What the filtered set adds up to, whichever page of it is showing; the way back to all orders
 * sits here, in view, while the filters themselves may be folded away. */
export function OrderTotalsCard({ totals, filtered, designCode }: { totals: OrderTotals; filtered: boolean; designCode?: string }) {
  const t = useTranslations("orders");
  return (
    <section aria-label={t("totals.label")} className="mx-3 mt-2 rounded-2xl bg-brand-50 px-4 py-3 ring-1 ring-brand-100">
      <div className="flex min-h-6 items-center justify-between gap-2">
        <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">{filtered ? t("totals.matching") : t("totals.all")}</p>
        {filtered ? (
          <Link prefetch={false} href="/orders" className="-my-2.5 inline-flex min-h-11 items-center px-1 text-sm font-semibold text-brand-700 underline">
            {t("totals.clearFilters")}
          </Link>
        ) : null}
      </div>
      <div className="flex items-end justify-between gap-3">
        <p className="text-2xl font-bold text-stone-900" data-testid="totals-amount">
          {formatRupees(totals.totalPaise)}
        </p>
        <p className="pb-0.5 text-right text-sm text-stone-700" data-testid="totals-count">
          {t("count.orders", counted(totals.count))} · {t("count.pieces", counted(totals.totalPieces))}
        </p>
      </div>
      {designCode ? (
        <p className="mt-1 text-sm text-stone-700" data-testid="totals-design-note">
          {t("totals.designNote", { code: designCode.toUpperCase() })}
        </p>
      ) : null}
    </section>
  );
}
