// GET the buyer's open picks in this conversation and their sum (members see it read-only).
import { asActor } from "@/lib/api-route";
import { getTray } from "@/lib/picks/get-tray";

type Context = { params: Promise<{ conversationId: string }> };

export function GET(_request: Request, context: Context) {
  return asActor(async (actor) => {
    const { conversationId } = await context.params;
    return Response.json(await getTray(actor, { conversationId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}
