// A buyer's account with a supplier, laid out to read on a phone and to print: the opening
// balance, each order (what it raised) and payment (what it settled) with the running balance,
// and the closing balance. A positive balance is what the buyer owes.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { StatementPage } from "@/lib/ledger/statement";
import type { StatementEntry } from "@/lib/ledger/statement-math";
import { formatRupees } from "@/lib/money";
import { paymentMethodLabel } from "@/lib/orders/payment-method";
import type { PaymentMethod } from "@/lib/generated/sqlite/enums";

/** The ledger screens' words (useTranslations("ledger") or getTranslations("ledger")). */
export type LedgerT = ReturnType<typeof useTranslations<"ledger">>;

const shortDate = (date: Date, locale: Locale) => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "2-digit", month: "short", year: "numeric", timeZone: "Asia/Kolkata" }).format(date);

/** "Rs 1,200 due", "Rs 300 paid ahead", "Nothing due". */
export function balanceText(t: LedgerT, paise: number): string {
  if (paise > 0) return t("due", { amount: formatRupees(paise) });
  if (paise < 0) return t("paidAhead", { amount: formatRupees(-paise) });
  return t("nothingDue");
}

function periodText(t: LedgerT, locale: Locale, from: string | null, to: string | null): string {
  const day = (value: string) => shortDate(new Date(`${value}T12:00:00+05:30`), locale);
  if (from && to) return t("between", { from: day(from), to: day(to) });
  if (from) return t("fromDay", { day: day(from) });
  if (to) return t("untilDay", { day: day(to) });
  return t("allTime");
}

export function StatementView({ statement }: { statement: StatementPage }) {
  const t = useTranslations("ledger");
  const locale = useLocale();
  return (
    <article aria-label={t("title")} className="space-y-3 px-4 text-sm text-stone-900 print:px-0">
      <header className="border-b border-stone-300 pb-3">
        <h2 className="text-lg font-bold">{t("heading")}</h2>
        <p>{t("buyerWith", { buyer: statement.buyerName, business: statement.businessName })}</p>
        <p className="text-stone-600">{periodText(t, locale, statement.from, statement.to)}</p>
      </header>
      <BalanceLine t={t} label={t("openingBalance")} paise={statement.openingPaise} />
      {statement.entries.length ? (
        <ol className="divide-y divide-stone-100" aria-label={t("entries")}>
          {statement.entries.map((entry) => (
            <EntryRow key={entry.kind === "order" ? `o-${entry.orderId}` : `p-${entry.paymentId}`} t={t} locale={locale} entry={entry} />
          ))}
        </ol>
      ) : (
        <p className="py-3 text-stone-600">{t("noEntries")}</p>
      )}
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-stone-300 pt-3">
        <dt className="text-stone-600">{t("orders")}</dt>
        <dd className="text-right tabular-nums">{formatRupees(statement.debitsPaise)}</dd>
        <dt className="text-stone-600">{t("payments")}</dt>
        <dd className="text-right tabular-nums">{formatRupees(statement.creditsPaise)}</dd>
        <dt className="font-semibold">{t("closingBalance")}</dt>
        <dd className="text-right font-semibold tabular-nums" data-testid="closing-balance">
          {balanceText(t, statement.closingPaise)}
        </dd>
      </dl>
    </article>
  );
}

function BalanceLine({ t, label, paise }: { t: LedgerT; label: string; paise: number }) {
  return (
    <p className="flex justify-between gap-4">
      <span className="text-stone-600">{label}</span>
      <span className="tabular-nums">{balanceText(t, paise)}</span>
    </p>
  );
}

function EntryRow({ t, locale, entry }: { t: LedgerT; locale: Locale; entry: StatementEntry }) {
  const order = entry.kind === "order";
  // A known method only (paymentMethodLabel checks it), in this language's words.
  const method = !order && paymentMethodLabel(entry.method) ? t(`method.${entry.method as PaymentMethod}`) : null;
  const detail = order ? (entry.invoiceNumber ? t("invoice", { number: entry.invoiceNumber }) : t("notInvoiced")) : [method, entry.reference].filter(Boolean).join(" · ");
  return (
    <li className="flex items-start justify-between gap-3 py-2.5">
      <div className="min-w-0">
        <p className="font-semibold">
          {order
            ? t.rich("order", {
                number: String(entry.orderNumber),
                link: (chunks) => (
                  <Link href={`/orders/${entry.orderId}`} prefetch={false} className="text-brand-700 underline print:no-underline">
                    {chunks}
                  </Link>
                ),
              })
            : t("paymentFor", { number: String(entry.orderNumber) })}
        </p>
        <p className="truncate text-stone-600">
          {shortDate(entry.date, locale)}
          {detail ? ` · ${detail}` : ""}
        </p>
      </div>
      <div className="shrink-0 text-right tabular-nums">
        <p className={order ? "" : "text-brand-700"}>{order ? formatRupees(entry.debitPaise) : `− ${formatRupees(entry.creditPaise)}`}</p>
        <p className="text-xs text-stone-500">{balanceText(t, entry.balancePaise)}</p>
      </div>
    </li>
  );
}
