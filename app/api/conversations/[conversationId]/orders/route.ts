// POST { idempotencyKey, pickIds? }: confirm the buyer's open picks as an order → 201 the order.
// The same key again returns the same order: a double tap or a retry never makes two.
import { asActor, bodyWith } from "@/lib/api-route";
import { confirmOrder } from "@/lib/orders/confirm-order";

type Context = { params: Promise<{ conversationId: string }> };

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation-buyer", params: context.params, signedOut: "Log in to confirm orders." }, async (actor, { conversationId }) => {
    return Response.json(await confirmOrder(actor, await bodyWith(request, { conversationId })), { status: 201 });
  });
}
