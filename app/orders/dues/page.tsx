import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listDues, type BuyerDues } from "@/lib/ledger/dues";
import { AGE_BUCKETS, type AgeBucket, type Ageing } from "@/lib/ledger/statement-math";
import { formatRupees } from "@/lib/money";

export async function generateMetadata() {
  return { title: (await getTranslations("ledger.dues"))("title") };
}

const BUCKET_TONE: Record<AgeBucket, string> = {
  "0-30": "bg-stone-50 text-stone-800 ring-stone-200",
  "31-60": "bg-amber-50 text-amber-950 ring-amber-200",
  "61-90": "bg-orange-50 text-orange-950 ring-orange-200",
  "90+": "bg-red-50 text-red-900 ring-red-200",
};

/** What each buyer still owes, oldest debts marked, largest first; a row opens the buyer's statement. */
export default async function DuesPage() {
  const actor = await requireActor("/orders/dues");
  const business = (await listMyBusinesses(actor))[0];
  // Buyers have no business to look at: the same answer as a page that does not exist.
  if (!business) notFound();
  const [dues, t] = await Promise.all([listDues(actor, { businessId: business.id }), getTranslations("ledger.dues")]);

  return (
    <>
      <TopBar backHref="/orders" title={t("title")} subtitle={`${business.name} · ${t("outstanding", { amount: formatRupees(dues.total.totalPaise) })}`} />
      <main className="flex-1 pb-4">
        <section aria-label={t("byAge")} className="mx-3 mt-3">
          <h2 className="px-1 pb-2 text-sm font-semibold text-stone-700">{t("byAgeDays")}</h2>
          <AgeTiles ageing={dues.total} />
        </section>
        {dues.buyers.length ? (
          <ul aria-label={t("buyers")} className="mt-4 divide-y divide-stone-100 border-t border-stone-100">
            {dues.buyers.map((buyer) => (
              <DuesRow key={buyer.conversationId} buyer={buyer} />
            ))}
          </ul>
        ) : (
          <p className="px-4 py-8 text-center text-base text-stone-600">{t("nobody")}</p>
        )}
      </main>
      <BottomNav current="orders" />
    </>
  );
}

function AgeTiles({ ageing }: { ageing: Ageing }) {
  const t = useTranslations("ledger.dues");
  return (
    <ul className="grid grid-cols-2 gap-2">
      {AGE_BUCKETS.map((bucket) => (
        <li key={bucket} className={`rounded-xl px-3 py-2 ring-1 ${BUCKET_TONE[bucket]}`}>
          <p className="text-xs font-semibold">{t("bucketDays", { bucket })}</p>
          <p className="text-lg font-bold tabular-nums">{formatRupees(ageing[bucket])}</p>
        </li>
      ))}
    </ul>
  );
}

function DuesRow({ buyer }: { buyer: BuyerDues }) {
  const t = useTranslations("ledger.dues");
  // The same figure accepting an order checks: the statement's closing balance.
  const overLimit = buyer.creditLimitPaise !== null && (buyer.owedPaise ?? 0) > buyer.creditLimitPaise;
  return (
    <li>
      <Link href={`/chats/${buyer.conversationId}/statement`} prefetch={false} className="block min-h-16 px-4 py-3 hover:bg-stone-50 active:bg-stone-100">
        <div className="flex items-baseline justify-between gap-3">
          <span className="truncate text-base font-semibold text-stone-900">{buyer.buyerName}</span>
          <span className="shrink-0 text-base font-semibold tabular-nums">{formatRupees(buyer.ageing.totalPaise)}</span>
        </div>
        <p className="mt-0.5 text-sm text-stone-600">
          {t("orders", { count: buyer.orders, n: String(buyer.orders) })} · {buyer.oldestDays === 0 ? t("allToday") : t("oldest", { count: buyer.oldestDays, n: String(buyer.oldestDays) })}
          {overLimit ? <span className="font-semibold text-red-800"> · {t("aboveLimit", { amount: formatRupees(buyer.creditLimitPaise!) })}</span> : null}
        </p>
        <p className="mt-1 flex flex-wrap gap-1 text-xs">
          {AGE_BUCKETS.filter((bucket) => buyer.ageing[bucket] > 0).map((bucket) => (
            <span key={bucket} className={`rounded-full px-2 py-0.5 ring-1 ${BUCKET_TONE[bucket]}`}>
              {bucket}: {formatRupees(buyer.ageing[bucket])}
            </span>
          ))}
        </p>
      </Link>
    </li>
  );
}
