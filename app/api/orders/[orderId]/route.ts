// GET: the order as its page shows it (the page refreshes from it when the order changes).
// POST { action, ...details }: move an order along its lifecycle. Each action is its own service
// with its own rules (who may, from which status); this route only picks the service.
import { z } from "zod";
import { asActor, bodyWith } from "@/lib/api-route";
import type { Actor } from "@/lib/auth/actor";
import { acceptOrder } from "@/lib/orders/accept-order";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { declineOrder } from "@/lib/orders/decline-order";
import { editOrderLines } from "@/lib/orders/edit-order-lines";
import { getOrder } from "@/lib/orders/get-order";
import { markDelivered } from "@/lib/orders/mark-delivered";
import { markDispatched } from "@/lib/orders/mark-dispatched";
import { markPacked } from "@/lib/orders/mark-packed";
import { recordPayment } from "@/lib/orders/record-payment";
import { parseInput } from "@/lib/validation";

const services: Record<string, (actor: Actor, input: unknown) => Promise<unknown>> = {
  accept: acceptOrder,
  decline: declineOrder,
  payment: recordPayment,
  pack: markPacked,
  dispatch: markDispatched,
  deliver: markDelivered,
  cancel: cancelOrder,
  edit: editOrderLines,
};

const actionSchema = z.object({ action: z.enum(Object.keys(services) as [string, ...string[]], { message: "Unknown order action." }) });

type Context = { params: Promise<{ orderId: string }> };

export function GET(_request: Request, context: Context) {
  return asActor({ requires: "signed-in", params: context.params, signedOut: "Log in to see orders." }, async (actor, { orderId }) => {
    return Response.json(await getOrder(actor, { orderId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}

export function POST(request: Request, context: Context) {
  return asActor({ requires: "signed-in", params: context.params }, async (actor, { orderId }) => {
    const { action, ...details } = await bodyWith(request, { orderId });
    const { action: chosen } = parseInput(actionSchema, { action });
    return Response.json(await services[chosen]!(actor, details));
  });
}
