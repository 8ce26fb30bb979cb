"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LiveOrderRows } from "@/components/orders/list/LiveOrderRows";
import type { OrderRowView } from "@/components/orders/list/OrderRows";
import { BottomNav } from "@/components/ui/BottomNav";
import { DeskPaneHeader, DeskPaneMessage } from "./DeskPaneHeader";
import { useDeskList } from "./use-desk-list";

interface OrdersJson {
  label: string;
  rows: OrderRowView[];
}

const revive = (json: unknown): OrdersJson => {
  const data = json as OrdersJson;
  return { ...data, rows: data.rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })) };
};

/** The orders list beside an open order on a desk. It keeps the filters last used on the Orders
 * page (a filtered list stays filtered while its orders are opened one by one). */
export function DeskOrdersPaneBody() {
  const t = useTranslations("desk");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Remembered while on the list's own address, kept while an order is open.
  const [filters, setFilters] = useState("");
  const onListFilters = pathname === "/orders" ? searchParams.toString() : filters;
  if (onListFilters !== filters) setFilters(onListFilters);
  const activeId = pathname.split("/")[2];
  const { data, failed, reload } = useDeskList(`/api/orders${filters ? `?${filters}` : ""}`, true, revive);
  return (
    <section aria-label={t("ordersList")} className="flex flex-1 flex-col">
      <DeskPaneHeader title={data?.label ?? t("orders")} />
      <div className="flex-1">
        {data ? (
          <LiveOrderRows rows={data.rows} label={data.label} newOrdersReload={!filters} activeId={activeId} onReload={reload} empty={<DeskPaneMessage>{t("noOrders")}</DeskPaneMessage>} />
        ) : (
          <DeskPaneMessage>{failed ? t("ordersFailed") : t("loadingOrders")}</DeskPaneMessage>
        )}
      </div>
      <BottomNav current="orders" />
    </section>
  );
}
