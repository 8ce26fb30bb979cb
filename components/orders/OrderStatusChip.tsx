import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { STATUS_LABEL } from "@/lib/orders/order-status-label";
import { STATUS_STYLE } from "./order-status";

export function OrderStatusChip({ status }: { status: OrderStatus }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{STATUS_LABEL[status]}</span>;
}
