import Link from "next/link";
import { useTranslations } from "next-intl";
import { OrderActions } from "@/components/orders/OrderActions";
import { OrderStatusChip } from "@/components/orders/OrderStatusChip";
import type { MessageView } from "@/lib/messages/message-view";
import { formatRupees } from "@/lib/money";

/** Under an order card: where the order stands now, and its next steps for whoever is looking. */
export function OrderCardExtra({ order, viewerIsMember }: { order: NonNullable<MessageView["order"]>; viewerIsMember: boolean }) {
  const t = useTranslations("chat");
  return (
    <div className="mt-1 border-t border-black/10 pt-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <OrderStatusChip status={order.status} />
        {order.paidPaise > 0 ? <span className="text-stone-600">{t("paid", { amount: formatRupees(order.paidPaise) })}</span> : null}
        {/* No prefetch: a chat holds many order cards, and each would cost a server render of its page. */}
        <Link href={`/orders/${order.id}`} prefetch={false} className="ml-auto inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("viewOrder")}
        </Link>
      </div>
      <OrderActions order={order} viewerIsMember={viewerIsMember} />
    </div>
  );
}
