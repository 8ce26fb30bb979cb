import { useLocale, useTranslations } from "next-intl";
import { OrderStatusChip } from "@/components/orders/OrderStatusChip";
import type { OrderView } from "@/lib/orders/get-order";
import { orderDuePaise } from "@/lib/orders/order-due";
import { formatRupees } from "@/lib/money";
import { formatDateTime, pieces } from "./format";

/** Where the order stands and what it adds up to, at the top of the page. The other party is in
 * the top bar already. */
export function OrderSummary({ order }: { order: OrderView }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  // Once invoiced, the invoice's total (GST included) is what is owed.
  const balance = orderDuePaise(order) - order.paidPaise;
  const closed = order.status === "DECLINED" || order.status === "CANCELLED";
  return (
    <section aria-label={t("detail.summary")} className="mx-3 mt-3 rounded-2xl bg-brand-50 px-4 py-3 ring-1 ring-brand-100">
      <div className="flex items-center justify-between gap-2">
        <OrderStatusChip status={order.status} />
        <time dateTime={order.createdAt.toISOString()} className="text-xs text-stone-600">
          {t("detail.placed", { date: formatDateTime(order.createdAt, locale) })}
        </time>
      </div>
      <div className="mt-2 flex items-end justify-between gap-3">
        <p className="text-2xl font-bold text-stone-900">{formatRupees(order.totalPaise)}</p>
        <p className="pb-0.5 text-right text-sm text-stone-700">
          {t("count.designs", { count: order.lines.length })} · {pieces(t, order.totalPieces)}
        </p>
      </div>
      <dl className="mt-1 flex flex-wrap gap-x-4 text-sm">
        {order.billedPaise !== null ? (
          <div className="flex gap-1">
            <dt className="text-stone-600">{t("detail.invoiceWithGst")}</dt>
            <dd className="font-semibold text-stone-900">{formatRupees(order.billedPaise)}</dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt className="text-stone-600">{t("detail.paid")}</dt>
          <dd className="font-semibold text-stone-900">{formatRupees(order.paidPaise)}</dd>
        </div>
        {!closed ? (
          <div className="flex gap-1">
            <dt className="text-stone-600">{t("detail.balance")}</dt>
            <dd className={`font-semibold ${balance > 0 ? "text-amber-800" : "text-brand-700"}`}>{balance > 0 ? formatRupees(balance) : t("detail.nil")}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
