import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartIcon } from "@/components/orders/dashboard/ChartIcon";
import { ExportLinks } from "@/components/orders/list/ExportLinks";
import { OrderFilterForm } from "@/components/orders/list/OrderFilterForm";
import { isFiltered, firstParam, orderFilterInput, orderQueryString, ordersHref, readOrderQuery, type SearchParams } from "@/components/orders/list/order-query";
import { LiveOrderRows } from "@/components/orders/list/LiveOrderRows";
import { EventsSince } from "@/components/realtime/EventsSince";
import { deliveredThrough } from "@/lib/realtime/event-log-reader";
import { OrderTotalsCard } from "@/components/orders/list/OrderTotalsCard";
import { EmptyOrders, LoadMoreLink, OlderPageNotice } from "@/components/orders/list/PageLinks";
import { MyBalances } from "@/components/ledger/MyBalances";
import { BottomNav } from "@/components/ui/BottomNav";
import { FormAlert } from "@/components/ui/FormAlert";
import { RupeeIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses, type MyBusiness } from "@/lib/businesses/list-my-businesses";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { listLabels } from "@/lib/labels/labels";
import { AppError } from "@/lib/errors";
import { listMyBalances } from "@/lib/ledger/my-balances";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { listOrders, orderTotals } from "@/lib/orders/list-orders";

export async function generateMetadata() {
  return { title: (await getTranslations("orders"))("title") };
}

/** A filter or page link the service refused: show its message instead of failing the page. */
function invalidInput(error: unknown): AppError {
  if (error instanceof AppError && error.code === "INVALID") return error;
  throw error;
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const actor = await requireActor("/orders");
  // Before the rows are read: the tab's stream replays anything after it.
  const since = await deliveredThrough();
  const business = (await listMyBusinesses(actor))[0];
  return (
    // The orders layout sends the messages of this page's browser components.
    <>
      <EventsSince since={since} />
      {business ? <BusinessOrders actor={actor} business={business} params={params} /> : <MyOrders actor={actor} params={params} />}
    </>
  );
}

async function BusinessOrders({ actor, business, params }: { actor: Actor; business: MyBusiness; params: SearchParams }) {
  const query = readOrderQuery(params);
  const cursor = firstParam(params, "cursor");
  const input = orderFilterInput(query, business.id);
  const [buyers, labels, loaded] = await Promise.all([
    listBusinessBuyers(actor, { businessId: business.id }),
    listLabels(actor, { businessId: business.id }),
    Promise.all([listOrders(actor, { ...input, cursor: cursor || undefined }), orderTotals(actor, input)]).catch(invalidInput),
  ]);
  const filtered = isFiltered(query);
  const t = await getTranslations("orders");

  return (
    <>
      <TopBar
        title={t("title")}
        subtitle={business.name}
        actions={
          <>
            <Link prefetch={false} href="/orders/dues" aria-label={t("dues")} title={t("duesHint")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
              <RupeeIcon />
            </Link>
            <Link prefetch={false} href="/orders/dashboard" aria-label={t("dashboard")} title={t("dashboardHint")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
              <ChartIcon />
            </Link>
          </>
        }
      />
      <main className="flex-1">
        {/* Keyed by the address so "Clear all" and Back reset what the fields show. */}
        <OrderFilterForm key={orderQueryString(query)} query={query} buyers={buyers} labels={labels} fieldErrors={loaded instanceof AppError ? loaded.fields : undefined} />
        {loaded instanceof AppError ? (
          <div className="px-3 py-3">
            <FormAlert message={loaded.message} />
          </div>
        ) : (
          <>
            <OrderTotalsCard totals={loaded[1]} filtered={filtered} designCode={query.designCode || undefined} />
            <ExportLinks queryString={orderQueryString(query, { businessId: business.id })} />
            {cursor ? <OlderPageNotice newestHref={ordersHref(query)} /> : <div className="h-2" />}
            <LiveOrderRows
              label={t("title")}
              rows={loaded[0].rows.map((row) => ({ ...row, party: row.buyerName }))}
              newOrdersReload={!cursor && !filtered}
              // An order event carries whole-order totals; a design filter shows its lines' only.
              liveTotals={!query.designCode}
              empty={<EmptyOrders filtered={filtered} clearHref="/orders" hint={t("supplierEmptyHint")} />}
            />
            {loaded[0].nextCursor ? <LoadMoreLink href={ordersHref(query, { cursor: String(loaded[0].nextCursor) })} /> : null}
          </>
        )}
      </main>
      <BottomNav current="orders" />
    </>
  );
}

async function MyOrders({ actor, params }: { actor: Actor; params: SearchParams }) {
  const cursor = firstParam(params, "cursor");
  const [page, balances] = await Promise.all([listMyOrders(actor, { cursor: cursor || undefined }).catch(invalidInput), cursor ? [] : listMyBalances(actor)]);
  const t = await getTranslations("orders");

  return (
    <>
      <TopBar title={t("myOrders")} subtitle={actor.name} />
      <main className="flex-1">
        {page instanceof AppError ? (
          <div className="px-3 py-3">
            <FormAlert message={page.message} />
          </div>
        ) : (
          <>
            {cursor ? <OlderPageNotice newestHref="/orders" /> : null}
            <MyBalances balances={balances} />
            <LiveOrderRows
              label={t("myOrders")}
              rows={page.rows.map((row) => ({ ...row, party: row.businessName }))}
              newOrdersReload={!cursor}
              empty={<EmptyOrders filtered={false} hint={t("buyerEmptyHint")} />}
            />
            {page.nextCursor ? <LoadMoreLink href={`/orders?cursor=${encodeURIComponent(page.nextCursor)}`} /> : null}
          </>
        )}
      </main>
      <BottomNav current="orders" />
    </>
  );
}
