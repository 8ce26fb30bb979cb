// GET the buyer's open picks in this conversation and their sum (members see it read-only).
import { asActor } from "@/lib/api-route";
import { getTray } from "@/lib/picks/get-tray";

type Context = { params: Promise<{ conversationId: string }> };

export function GET(_request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params }, async (actor, { conversationId }) => {
    return Response.json(await getTray(actor, { conversationId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}
