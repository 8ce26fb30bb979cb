// Which orders can be invoiced, apart from the service so the order page's browser code can ask.
import type { OrderStatus } from "@/lib/generated/sqlite/enums";

/** Once the supplier has accepted it, and not after it was called off. */
export const INVOICEABLE: readonly OrderStatus[] = ["ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"];
