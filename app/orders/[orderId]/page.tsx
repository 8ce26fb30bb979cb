import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DispatchDetails } from "@/components/orders/detail/DispatchDetails";
import { EditLinesForm } from "@/components/orders/detail/EditLinesForm";
import { OrderAgainButton } from "@/components/orders/detail/OrderAgainButton";
import { OrderLines } from "@/components/orders/detail/OrderLines";
import { OrderLiveRefresh } from "@/components/orders/detail/OrderLiveRefresh";
import { OrderSummary } from "@/components/orders/detail/OrderSummary";
import { OrderTimeline } from "@/components/orders/detail/OrderTimeline";
import { PaymentsList } from "@/components/orders/detail/PaymentsList";
import { Section } from "@/components/orders/detail/Section";
import { OrderActions } from "@/components/orders/OrderActions";
import { buttonClasses } from "@/components/ui/Button";
import { ChatIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getOrder } from "@/lib/orders/get-order";
import { ORDER_ACTIONS } from "@/lib/orders/order-transitions";

export const metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const actor = await requireActor(`/orders/${encodeURIComponent(orderId)}`);
  const order = await getOrder(actor, { orderId }).catch((error: unknown) => {
    // Someone else's order looks exactly like a missing one.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!order) notFound();
  const summary = { id: order.id, businessId: order.business.id, number: order.number, status: order.status, totalPaise: order.totalPaise, paidPaise: order.paidPaise, totalPieces: order.totalPieces };
  const chatHref = `/chats/${order.conversationId}`;

  return (
    <>
      <TopBar
        backHref="/orders"
        title={`Order #${order.number}`}
        subtitle={order.viewerIsBuyer ? order.business.name : order.buyer.name}
        actions={
          <Link href={chatHref} aria-label="Open the chat" title="Open the chat" className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
            <ChatIcon />
          </Link>
        }
      />
      <main className="flex-1 pb-6">
        <OrderSummary order={order} />
        <OrderLiveRefresh orderId={order.id}>
          <div className="px-3">
            <OrderActions order={summary} viewerIsMember={!order.viewerIsBuyer} />
          </div>
        </OrderLiveRefresh>

        <Section title={`Lines (${order.lines.length})`}>
          <OrderLines lines={order.lines} />
          {!order.viewerIsBuyer && ORDER_ACTIONS.EDIT_LINES.from.includes(order.status) ? (
            <div className="mt-3">
              <EditLinesForm key={order.updatedAt.toISOString()} orderId={order.id} lines={order.lines} />
            </div>
          ) : null}
        </Section>

        {order.dispatch ? (
          <Section title="Dispatch">
            <DispatchDetails dispatch={order.dispatch} />
          </Section>
        ) : null}

        <Section title="Payments">
          <PaymentsList payments={order.payments} />
        </Section>

        <Section title="Timeline">
          <OrderTimeline entries={order.timeline} />
        </Section>

        <div className="pb-safe mt-6 space-y-3 px-3">
          {order.viewerIsBuyer ? <OrderAgainButton orderId={order.id} clientId={randomUUID()} /> : null}
          <Link href={chatHref} className={buttonClasses(order.viewerIsBuyer ? "secondary" : "primary", true)}>
            Open the chat
          </Link>
        </div>
      </main>
    </>
  );
}
