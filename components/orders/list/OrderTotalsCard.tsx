import Link from "next/link";
import type { OrderTotals } from "@/lib/orders/list-orders";
import { formatRupees } from "@/lib/money";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-IN")} ${n === 1 ? one : many}`;

/** What the filtered set adds up to, whichever page of it is showing; the way back to all orders
 * sits here, in view, while the filters themselves may be folded away. */
export function OrderTotalsCard({ totals, filtered, designCode }: { totals: OrderTotals; filtered: boolean; designCode?: string }) {
  return (
    <section aria-label="Totals" className="mx-3 mt-2 rounded-2xl bg-brand-50 px-4 py-3 ring-1 ring-brand-100">
      <div className="flex min-h-6 items-center justify-between gap-2">
        <p className="text-xs font-semibold tracking-wide text-brand-800 uppercase">{filtered ? "Matching orders" : "All orders"}</p>
        {filtered ? (
          <Link href="/orders" className="-my-2.5 inline-flex min-h-11 items-center px-1 text-sm font-semibold text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </div>
      <div className="flex items-end justify-between gap-3">
        <p className="text-2xl font-bold text-stone-900" data-testid="totals-amount">
          {formatRupees(totals.totalPaise)}
        </p>
        <p className="pb-0.5 text-right text-sm text-stone-700" data-testid="totals-count">
          {plural(totals.count, "order", "orders")} · {plural(totals.totalPieces, "pc", "pcs")}
        </p>
      </div>
      {designCode ? (
        <p className="mt-1 text-sm text-stone-700" data-testid="totals-design-note">
          Pieces and money of the lines of designs matching {designCode.toUpperCase()} only, here and in each order.
        </p>
      ) : null}
    </section>
  );
}
