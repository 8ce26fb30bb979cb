import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { OrderStatusChip } from "@/components/orders/OrderStatusChip";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { formatListTime } from "@/lib/format-time";
import { designPrice } from "@/lib/designs/design-price";
import { moveFocusByArrow } from "@/components/ui/list-arrow-keys";

export interface OrderRowView {
  id: string;
  number: number;
  status: OrderStatus;
  /** The buyer for a supplier, the business for a buyer. */
  party: string;
  totalPieces: number;
  totalPaise: number;
  createdAt: Date;
}

/** One tappable row per order: who and when on top, status, pieces and money below. `activeId`:
 * the order open beside the list (desk layout), marked as the current page. */
export function OrderRows({ rows, label, activeId }: { rows: OrderRowView[]; label: string; activeId?: string }) {
  const t = useTranslations("orders.list");
  const locale = useLocale();
  return (
    <ul aria-label={label} className="divide-y divide-stone-100" onKeyDown={moveFocusByArrow}>
      {rows.map((row) => (
        <li key={row.id}>
          {/* No prefetch: a list of many orders would cost a server render of each order page. */}
          <Link
            href={`/orders/${row.id}`}
            prefetch={false}
            aria-current={row.id === activeId ? "page" : undefined}
            className="block min-h-18 px-4 py-3 hover:bg-stone-50 active:bg-stone-100 aria-[current=page]:bg-brand-50"
          >
            <div className="flex items-baseline justify-between gap-2">
              <span className="min-w-0 truncate">
                <span className="font-bold text-stone-900">#{row.number}</span>
                <span className="ml-2 text-base text-stone-800">{row.party}</span>
              </span>
              <time dateTime={row.createdAt.toISOString()} className="shrink-0 text-xs text-stone-500">
                {formatListTime(row.createdAt, undefined, locale)}
              </time>
            </div>
            <div className="mt-1.5 flex items-center justify-between gap-2">
              <OrderStatusChip status={row.status} />
              <span className="shrink-0 text-sm text-stone-600">
                {t("rowPieces", { count: row.totalPieces })} · <span className="font-semibold text-stone-900">{designPrice(row.totalPaise)}</span>
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
