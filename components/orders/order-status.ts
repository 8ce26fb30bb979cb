import type { OrderStatus } from "@/lib/generated/sqlite/enums";

export const STATUS_LABEL: Record<OrderStatus, string> = {
  PLACED: "Waiting for supplier",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  PACKED: "Packed",
  DISPATCHED: "Dispatched",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

export const STATUS_STYLE: Record<OrderStatus, string> = {
  PLACED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-sky-100 text-sky-900",
  DECLINED: "bg-stone-200 text-stone-700",
  PACKED: "bg-indigo-100 text-indigo-900",
  DISPATCHED: "bg-violet-100 text-violet-900",
  DELIVERED: "bg-brand-100 text-brand-800",
  CANCELLED: "bg-stone-200 text-stone-700",
};
