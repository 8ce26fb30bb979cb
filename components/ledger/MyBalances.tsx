// On a buyer's My orders: what they owe each supplier, each line opening that statement.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SupplierBalance } from "@/lib/ledger/my-balances";
import { balanceText } from "./StatementView";

export function MyBalances({ balances }: { balances: SupplierBalance[] }) {
  const t = useTranslations("ledger");
  if (!balances.length) return null;
  return (
    <section aria-labelledby="my-balances" className="mx-3 mt-3 rounded-xl bg-stone-50 ring-1 ring-stone-200">
      <h2 id="my-balances" className="px-4 pt-3 text-sm font-semibold text-stone-700">
        {t("myBalances")}
      </h2>
      <ul className="divide-y divide-stone-200">
        {balances.map((b) => (
          <li key={b.conversationId}>
            <Link href={`/chats/${b.conversationId}/statement`} prefetch={false} className="flex min-h-12 items-center justify-between gap-3 px-4 py-2 text-base">
              <span className="truncate">{b.businessName}</span>
              <span className={`shrink-0 font-semibold tabular-nums ${b.balancePaise > 0 ? "text-stone-900" : "text-brand-700"}`}>{balanceText(t, b.balancePaise)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
