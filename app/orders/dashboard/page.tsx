import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RankBars } from "@/components/orders/dashboard/RankBars";
import { WaitingTiles } from "@/components/orders/dashboard/WaitingTiles";
import { WeekBars } from "@/components/orders/dashboard/WeekBars";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { formatRupees } from "@/lib/money";
import { DASHBOARD_WEEKS, orderDashboard } from "@/lib/orders/order-dashboard";
import { groupIndian } from "@/lib/indian-number";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("metaTitle") };
}

/** Counts keep Indian grouping (1,00,000) in every language. */
const counted = (n: number) => ({ count: n, n: groupIndian(n) });

export default async function OrdersDashboardPage() {
  const actor = await requireActor("/orders/dashboard");
  const business = (await listMyBusinesses(actor))[0];
  // Buyers have no business to look at: the same answer as a page that does not exist.
  if (!business) notFound();
  const dashboard = await orderDashboard(actor, { businessId: business.id });
  const orders = dashboard.weeks.reduce((sum, week) => sum + week.orders, 0);
  const revenue = dashboard.weeks.reduce((sum, week) => sum + week.revenuePaise, 0);
  const [t, tOrders] = await Promise.all([getTranslations("dashboard"), getTranslations("orders")]);
  const ordersText = (n: number) => tOrders("count.orders", counted(n));

  return (
    <>
      <TopBar backHref="/orders" title={t("title")} subtitle={t("subtitle", { business: business.name, weeks: DASHBOARD_WEEKS })} />
      <main className="flex-1 pb-4">
        <WaitingTiles waiting={dashboard.waiting} />
        <WeekBars
          title={t("ordersPerWeek")}
          total={ordersText(orders)}
          weeks={dashboard.weeks}
          value={(week) => week.orders}
          valueText={(week) => ordersText(week.orders)}
          tone="sky"
        />
        <WeekBars
          title={t("revenuePerWeek")}
          total={formatRupees(revenue)}
          weeks={dashboard.weeks}
          value={(week) => week.revenuePaise}
          valueText={(week) => formatRupees(week.revenuePaise)}
          tone="brand"
        />
        <RankBars
          title={t("topDesigns")}
          empty={t("noDesigns")}
          items={dashboard.topDesigns.map((d) => ({ key: d.code, label: d.code, sublabel: d.title, value: d.pieces, valueText: tOrders("count.pieces", counted(d.pieces)) }))}
        />
        <RankBars
          title={t("topBuyers")}
          empty={t("noOrders")}
          items={dashboard.topBuyers.map((b) => ({ key: b.buyerId, label: b.name, sublabel: ordersText(b.orders), value: b.revenuePaise, valueText: formatRupees(b.revenuePaise) }))}
        />
      </main>
      <BottomNav current="orders" />
    </>
  );
}
