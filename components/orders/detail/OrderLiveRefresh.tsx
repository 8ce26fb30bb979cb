"use client";
import type { ReactNode } from "react";
import { useRefreshOn } from "@/components/realtime/use-refresh-on";

/** Re-renders the order page when this order changes, from this phone (after an action button)
 * or from anyone else's, so status, payments and timeline are never stale. */
export function OrderLiveRefresh({ orderId, children }: { orderId: string; children?: ReactNode }) {
  useRefreshOn((event) => event.type === "order.updated" && event.orderId === orderId, 100);
  return <>{children}</>;
}
