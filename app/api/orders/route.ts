// GET the first page of the orders list, with the Orders page's filters (?status=…&buyerId=…):
// a business's orders for its members, one's own for a buyer. The desk layout keeps it beside
// the open order.
import { orderFilterInput, readOrderQuery } from "@/components/orders/list/order-query";
import type { OrderRowView } from "@/components/orders/list/OrderRows";
import { asActor } from "@/lib/api-route";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listMyOrders } from "@/lib/orders/list-my-orders";
import { listOrders } from "@/lib/orders/list-orders";

export function GET(request: Request) {
  return asActor({ requires: "signed-in", signedOut: "Log in to see orders." }, async (actor) => {
    const url = new URL(request.url);
    const params = { status: url.searchParams.getAll("status"), ...Object.fromEntries([...url.searchParams].filter(([key]) => key !== "status")) };
    const business = (await listMyBusinesses(actor))[0];
    let rows: OrderRowView[];
    if (business) {
      const page = await listOrders(actor, orderFilterInput(readOrderQuery(params), business.id));
      rows = page.rows.map((row) => ({ ...row, party: row.buyerName }));
    } else {
      const page = await listMyOrders(actor, {});
      rows = page.rows.map((row) => ({ ...row, party: row.businessName }));
    }
    return Response.json({ label: business ? "Orders" : "My orders", rows }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
