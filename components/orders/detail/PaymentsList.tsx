import { useLocale, useTranslations } from "next-intl";
import type { PaymentView } from "@/lib/orders/get-order";
import { formatRupees } from "@/lib/money";
import { formatDateTime } from "./format";

export function PaymentsList({ payments }: { payments: PaymentView[] }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  if (!payments.length) return <p className="px-4 py-2 text-sm text-stone-600">{t("detail.noPayments")}</p>;
  return (
    <ul aria-label={t("detail.payments")} className="divide-y divide-stone-100">
      {payments.map((payment) => (
        <li key={payment.id} className="flex items-start justify-between gap-3 px-4 py-3">
          <div className="min-w-0">
            <p className="font-semibold text-stone-900">
              {t(`method.${payment.method}`)}
              {payment.reference ? <span className="ml-1.5 font-normal break-all text-stone-600">{t("detail.paymentRef", { reference: payment.reference })}</span> : null}
            </p>
            <p className="text-xs text-stone-500">
              {t("detail.recordedBy", { date: formatDateTime(payment.receivedAt, locale), name: payment.recordedByName })}
            </p>
          </div>
          <p className="shrink-0 font-semibold text-brand-700">{formatRupees(payment.amountPaise)}</p>
        </li>
      ))}
    </ul>
  );
}
