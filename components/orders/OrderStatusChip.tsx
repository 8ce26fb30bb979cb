import { useTranslations } from "next-intl";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { STATUS_STYLE } from "./order-status";

export function OrderStatusChip({ status }: { status: OrderStatus }) {
  const t = useTranslations("status");
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{t(status)}</span>;
}
