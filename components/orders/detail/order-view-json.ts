// The order page's view as it travels as JSON (GET /api/orders/[id]): dates become strings on the
// way, and come back as dates here so the page's components take either.
import type { OrderView } from "@/lib/orders/get-order";

type Jsonified<T> = T extends Date ? string : T extends Array<infer U> ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

export type OrderViewJson = Jsonified<OrderView>;

export function reviveOrderView(json: OrderViewJson): OrderView {
  return {
    ...json,
    createdAt: new Date(json.createdAt),
    updatedAt: new Date(json.updatedAt),
    payments: json.payments.map((payment) => ({ ...payment, receivedAt: new Date(payment.receivedAt) })),
    timeline: json.timeline.map((entry) => ({ ...entry, at: new Date(entry.at) })),
  } as OrderView;
}
