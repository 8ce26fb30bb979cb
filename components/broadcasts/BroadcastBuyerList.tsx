import Link from "next/link";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/Avatar";
import type { BroadcastBuyerStatus } from "@/lib/broadcasts/get-broadcast-status";
import { ReceiptBadge } from "./ReceiptBadge";

/** Each chosen buyer with their delivered/read state; a row opens that buyer's chat. */
export function BroadcastBuyerList({ buyers }: { buyers: BroadcastBuyerStatus[] }) {
  const t = useTranslations("broadcasts");
  return (
    <ul aria-label={t("buyers")} className="divide-y divide-stone-100 border-y border-stone-100">
      {buyers.map((buyer) => (
        <li key={buyer.buyerId}>
          <Link prefetch={false} href={`/chats/${buyer.conversationId}`} className="flex min-h-14 items-center gap-3 px-4 py-2 active:bg-stone-100">
            <Avatar name={buyer.name} size="sm" />
            <span className="min-w-0 flex-1 truncate font-medium">{buyer.name}</span>
            {buyer.sent ? <ReceiptBadge delivered={buyer.delivered} read={buyer.read} /> : <span className="shrink-0 text-xs font-semibold text-stone-500">{t("sending")}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
