import type { OrderStatus } from "@/lib/generated/sqlite/enums";

// The words are the shared "status" messages (lib/i18n/messages); the CSV export keeps its English
// ones in lib/orders/order-status-label.ts.
export const STATUS_STYLE: Record<OrderStatus, string> = {
  PLACED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-sky-100 text-sky-900",
  DECLINED: "bg-stone-200 text-stone-700",
  PACKED: "bg-indigo-100 text-indigo-900",
  DISPATCHED: "bg-violet-100 text-violet-900",
  DELIVERED: "bg-brand-100 text-brand-800",
  CANCELLED: "bg-stone-200 text-stone-700",
};
