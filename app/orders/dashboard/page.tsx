import { notFound } from "next/navigation";
import { RankBars } from "@/components/orders/dashboard/RankBars";
import { WaitingTiles } from "@/components/orders/dashboard/WaitingTiles";
import { WeekBars } from "@/components/orders/dashboard/WeekBars";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { formatRupees } from "@/lib/money";
import { DASHBOARD_WEEKS, orderDashboard } from "@/lib/orders/order-dashboard";

export const metadata = { title: "Orders dashboard" };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-IN")} ${n === 1 ? one : many}`;

export default async function OrdersDashboardPage() {
  const actor = await requireActor("/orders/dashboard");
  const business = (await listMyBusinesses(actor))[0];
  // Buyers have no business to look at: the same answer as a page that does not exist.
  if (!business) notFound();
  const dashboard = await orderDashboard(actor, { businessId: business.id });
  const orders = dashboard.weeks.reduce((sum, week) => sum + week.orders, 0);
  const revenue = dashboard.weeks.reduce((sum, week) => sum + week.revenuePaise, 0);

  return (
    <>
      <TopBar backHref="/orders" title="Dashboard" subtitle={`${business.name} · last ${DASHBOARD_WEEKS} weeks`} />
      <main className="flex-1 pb-4">
        <WaitingTiles waiting={dashboard.waiting} />
        <WeekBars
          title="Orders per week"
          total={plural(orders, "order", "orders")}
          weeks={dashboard.weeks}
          value={(week) => week.orders}
          valueText={(week) => plural(week.orders, "order", "orders")}
          tone="sky"
        />
        <WeekBars
          title="Revenue per week"
          total={formatRupees(revenue)}
          weeks={dashboard.weeks}
          value={(week) => week.revenuePaise}
          valueText={(week) => formatRupees(week.revenuePaise)}
          tone="brand"
        />
        <RankBars
          title="Top designs by pieces"
          empty="No designs sold in these weeks yet."
          items={dashboard.topDesigns.map((d) => ({ key: d.code, label: d.code, sublabel: d.title, value: d.pieces, valueText: plural(d.pieces, "pc", "pcs") }))}
        />
        <RankBars
          title="Top buyers"
          empty="No orders in these weeks yet."
          items={dashboard.topBuyers.map((b) => ({ key: b.buyerId, label: b.name, sublabel: plural(b.orders, "order", "orders"), value: b.revenuePaise, valueText: formatRupees(b.revenuePaise) }))}
        />
      </main>
      <BottomNav current="orders" />
    </>
  );
}
