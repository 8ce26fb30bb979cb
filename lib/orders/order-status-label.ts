import type { OrderStatus } from "@/lib/generated/sqlite/enums";

/** An order's status in the words the screens and the CSV export use. */
export const STATUS_LABEL: Record<OrderStatus, string> = {
  PLACED: "Waiting for supplier",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  PACKED: "Packed",
  DISPATCHED: "Dispatched",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};
