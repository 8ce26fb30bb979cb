"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { INVOICEABLE } from "@/lib/invoices/invoiceable";
import { useEffect, useState } from "react";
import { OrderActions } from "@/components/orders/OrderActions";
import { subscribeLiveEvents } from "@/components/realtime/live-events";
import { useOnReconnect } from "@/components/realtime/use-on-reconnect";
import { buttonClasses } from "@/components/ui/Button";
import type { OrderView } from "@/lib/orders/get-order";
import { ORDER_ACTIONS } from "@/lib/orders/order-transitions";
import { DispatchDetails } from "./DispatchDetails";
import { EditLinesForm } from "./EditLinesForm";
import { OrderAgainButton } from "./OrderAgainButton";
import { OrderLines } from "./OrderLines";
import { OrderSummary } from "./OrderSummary";
import { OrderTimeline } from "./OrderTimeline";
import { PaymentsList } from "./PaymentsList";
import { reviveOrderView, type OrderViewJson } from "./order-view-json";
import { Section } from "./Section";

/** Loads the order as its page shows it; null when it could not be loaded (offline: the next event tries again). */
async function fetchOrder(orderId: string): Promise<OrderView | null> {
  try {
    const response = await fetch(`/api/orders/${orderId}`, { cache: "no-store" });
    return response.ok ? reviveOrderView((await response.json()) as OrderViewJson) : null;
  } catch {
    return null;
  }
}

/** The order page below its header, kept current: when this order changes (here, on another
 * phone, by the other side) its event brings the page's data again as JSON, once per change,
 * instead of a server re-render of the whole page. */
export function LiveOrderDetails({ initial, orderAgainClientId }: { initial: OrderView; orderAgainClientId: string }) {
  const t = useTranslations("orders");
  const [order, setOrder] = useState(initial);

  const [reload] = useState(() => {
    let latest = 0;
    return (orderId: string) => {
      const request = ++latest;
      void fetchOrder(orderId).then((fresh) => {
        // Two quick changes: only the newest answer is shown.
        if (fresh && request === latest) setOrder(fresh);
      });
    };
  });
  useOnReconnect(() => reload(initial.id));

  useEffect(
    () =>
      subscribeLiveEvents((event) => {
        if (event.type === "order.updated" && event.orderId === initial.id) reload(initial.id);
      }),
    [initial.id, reload],
  );

  const summary = { id: order.id, businessId: order.business.id, number: order.number, status: order.status, totalPaise: order.totalPaise, paidPaise: order.paidPaise, billedPaise: order.billedPaise, totalPieces: order.totalPieces };
  const chatHref = `/chats/${order.conversationId}`;
  return (
    <main className="flex-1 pb-6">
      <OrderSummary order={order} />
      <div className="px-3">
        <OrderActions order={summary} viewerIsMember={!order.viewerIsBuyer} />
      </div>

      <Section title={t("detail.lines", { count: order.lines.length })}>
        <OrderLines lines={order.lines} />
        {!order.viewerIsBuyer && ORDER_ACTIONS.EDIT_LINES.from.includes(order.status) ? (
          <div className="mt-3">
            <EditLinesForm key={order.updatedAt.toISOString()} orderId={order.id} lines={order.lines} />
          </div>
        ) : null}
      </Section>

      {order.dispatch ? (
        <Section title={t("detail.dispatch")}>
          <DispatchDetails dispatch={order.dispatch} />
        </Section>
      ) : null}

      <Section title={t("detail.payments")}>
        <PaymentsList payments={order.payments} />
      </Section>

      <Section title={t("detail.timeline")}>
        <OrderTimeline entries={order.timeline} />
      </Section>

      <div className="pb-safe mt-6 space-y-3 px-3">
        {order.viewerIsBuyer ? <OrderAgainButton orderId={order.id} clientId={orderAgainClientId} /> : null}
        {order.invoiceNumber || (!order.viewerIsBuyer && INVOICEABLE.includes(order.status)) ? (
          <Link prefetch={false} href={`/orders/${order.id}/invoice`} className={buttonClasses("secondary", true)}>
            {order.invoiceNumber ? t("detail.taxInvoice", { number: order.invoiceNumber }) : t("detail.makeTaxInvoice")}
          </Link>
        ) : null}
        <Link prefetch={false} href={chatHref} className={buttonClasses(order.viewerIsBuyer ? "secondary" : "primary", true)}>
          {t("openChat")}
        </Link>
      </div>
    </main>
  );
}
