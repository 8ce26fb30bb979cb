"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { subscribeLiveEvents } from "@/components/realtime/live-events";
import { useOnReconnect } from "@/components/realtime/use-on-reconnect";
import { OrderRows, type OrderRowView } from "./OrderRows";

/** Order rows whose status and totals follow the live order events (accepted, paid, dispatched…)
 * without reloading the page. `newOrdersReload`: an order this list has not seen (a new one) is
 * fetched by reloading the page, on lists where it would show (the first, unfiltered page); beside
 * an open order on the desk, by `onReload`. */
export function LiveOrderRows({
  rows: fromServer,
  label,
  newOrdersReload,
  liveTotals = true,
  empty,
  activeId,
  onReload,
}: {
  rows: OrderRowView[];
  label: string;
  newOrdersReload: boolean;
  liveTotals?: boolean;
  empty: ReactNode;
  activeId?: string;
  onReload?: () => void;
}) {
  const router = useRouter();
  const reload = useCallback(() => (onReload ? onReload() : router.refresh()), [onReload, router]);
  const [rows, setRows] = useState(fromServer);
  const [shownFromServer, setShownFromServer] = useState(fromServer);
  if (shownFromServer !== fromServer) {
    setShownFromServer(fromServer);
    setRows(fromServer);
  }

  useOnReconnect(() => reload());

  useEffect(() => {
    const known = new Set(fromServer.map((row) => row.id));
    return subscribeLiveEvents((event) => {
      if (event.type !== "order.updated") return;
      const { order } = event;
      if (!known.has(event.orderId)) {
        if (newOrdersReload) reload();
        return;
      }
      if (!order) return;
      setRows((now) => now.map((row) => (row.id === order.id ? { ...row, status: order.status, ...(liveTotals ? { totalPaise: order.totalPaise, totalPieces: order.totalPieces } : {}) } : row)));
    });
  }, [fromServer, newOrdersReload, liveTotals, reload]);

  // Mounted even while empty: the first order must appear too.
  return rows.length ? <OrderRows rows={rows} label={label} activeId={activeId} /> : empty;
}
