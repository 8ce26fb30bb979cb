// A buyer's account with a supplier, laid out to read on a phone and to print: the opening
// balance, each order (what it raised) and payment (what it settled) with the running balance,
// and the closing balance. A positive balance is what the buyer owes.
import Link from "next/link";
import type { StatementPage } from "@/lib/ledger/statement";
import type { StatementEntry } from "@/lib/ledger/statement-math";
import { formatRupees } from "@/lib/money";
import { paymentMethodLabel } from "@/lib/orders/payment-method";

const shortDate = (date: Date) => new Intl.DateTimeFormat("en-IN", { day: "2-digit", month: "short", year: "numeric", timeZone: "Asia/Kolkata" }).format(date);

/** "Rs 1,200 due", "Rs 300 paid ahead", "Nothing due". */
export function balanceText(paise: number): string {
  if (paise > 0) return `${formatRupees(paise)} due`;
  if (paise < 0) return `${formatRupees(-paise)} paid ahead`;
  return "Nothing due";
}

function periodText(from: string | null, to: string | null): string {
  const day = (value: string) => shortDate(new Date(`${value}T12:00:00+05:30`));
  if (from && to) return `${day(from)} to ${day(to)}`;
  if (from) return `From ${day(from)}`;
  if (to) return `Until ${day(to)}`;
  return "All orders and payments";
}

export function StatementView({ statement }: { statement: StatementPage }) {
  return (
    <article aria-label="Statement" className="space-y-3 px-4 text-sm text-stone-900 print:px-0">
      <header className="border-b border-stone-300 pb-3">
        <h2 className="text-lg font-bold">Statement of account</h2>
        <p>
          {statement.buyerName} with {statement.businessName}
        </p>
        <p className="text-stone-600">{periodText(statement.from, statement.to)}</p>
      </header>
      <BalanceLine label="Opening balance" paise={statement.openingPaise} />
      {statement.entries.length ? (
        <ol className="divide-y divide-stone-100" aria-label="Orders and payments">
          {statement.entries.map((entry) => (
            <EntryRow key={entry.kind === "order" ? `o-${entry.orderId}` : `p-${entry.paymentId}`} entry={entry} />
          ))}
        </ol>
      ) : (
        <p className="py-3 text-stone-600">No orders or payments in this period.</p>
      )}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-stone-300 pt-3">
        <dt className="text-stone-600">Orders</dt>
        <dd className="text-right tabular-nums">{formatRupees(statement.debitsPaise)}</dd>
        <dt className="text-stone-600">Payments</dt>
        <dd className="text-right tabular-nums">{formatRupees(statement.creditsPaise)}</dd>
        <dt className="font-semibold">Closing balance</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="closing-balance">
          {balanceText(statement.closingPaise)}
        </dd>
      </dl>
    </article>
  );
}

function BalanceLine({ label, paise }: { label: string; paise: number }) {
  return (
    <p className="flex justify-between gap-4">
      <span className="text-stone-600">{label}</span>
      <span className="tabular-nums">{balanceText(paise)}</span>
    </p>
  );
}

function EntryRow({ entry }: { entry: StatementEntry }) {
  const order = entry.kind === "order";
  const detail = order ? (entry.invoiceNumber ? `Invoice ${entry.invoiceNumber}` : "Not invoiced yet") : [paymentMethodLabel(entry.method), entry.reference].filter(Boolean).join(" · ");
  return (
    <li className="flex items-start justify-between gap-3 py-2.5">
      <div className="min-w-0">
        <p className="font-semibold">
          {order ? (
            <>
              Order{" "}
              <Link href={`/orders/${entry.orderId}`} prefetch={false} className="text-brand-700 underline print:no-underline">
                #{entry.orderNumber}
              </Link>
            </>
          ) : (
            `Payment for #${entry.orderNumber}`
          )}
        </p>
        <p className="truncate text-stone-600">
          {shortDate(entry.date)}
          {detail ? ` · ${detail}` : ""}
        </p>
      </div>
      <div className="shrink-0 text-right tabular-nums">
        <p className={order ? "" : "text-brand-700"}>{order ? formatRupees(entry.debitPaise) : `− ${formatRupees(entry.creditPaise)}`}</p>
        <p className="text-xs text-stone-500">{balanceText(entry.balancePaise)}</p>
      </div>
    </li>
  );
}
