"use client";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { subscribeLiveEvents } from "@/components/realtime/live-events";

/** Re-renders the order page when this order changes, from this phone (after an action button)
 * or from anyone else's, so status, payments and timeline are never stale. */
export function OrderLiveRefresh({ orderId, children }: { orderId: string; children?: ReactNode }) {
  const router = useRouter();

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribeLiveEvents((event) => {
      if (event.type !== "order.updated" || event.orderId !== orderId) return;
      // A burst (payment then packed) causes one refresh.
      pending ??= setTimeout(() => {
        pending = null;
        router.refresh();
      }, 100);
    });
    return () => {
      stop();
      if (pending) clearTimeout(pending);
    };
  }, [orderId, router]);

  return <>{children}</>;
}
