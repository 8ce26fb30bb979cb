import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LiveOrderDetails } from "@/components/orders/detail/LiveOrderDetails";
import { EventsSince } from "@/components/realtime/EventsSince";
import { ChatsIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getOrder } from "@/lib/orders/get-order";
import { deliveredThrough } from "@/lib/realtime/event-log-reader";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("orderTitle") };
}

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const actor = await requireActor(`/orders/${encodeURIComponent(orderId)}`);
  // Before the order is read: the tab's stream replays anything after it.
  const since = await deliveredThrough();
  const order = await getOrder(actor, { orderId }).catch((error: unknown) => {
    // Someone else's order looks exactly like a missing one.
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!order) notFound();
  const chatHref = `/chats/${order.conversationId}`;
  const t = await getTranslations("orders");

  return (
    <ClientMessages namespaces={["common", "designs", "errors", "picks"]}>
      <>
        <TopBar
          backHref="/orders"
          title={t("orderNumber", { number: order.number })}
          subtitle={order.viewerIsBuyer ? order.business.name : order.buyer.name}
          actions={
            <Link prefetch={false} href={chatHref} aria-label={t("openChat")} title={t("openChat")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
              <ChatsIcon />
            </Link>
          }
        />
        <EventsSince since={since} />
        <LiveOrderDetails initial={order} orderAgainClientId={randomUUID()} />
      </>
    </ClientMessages>
  );
}
