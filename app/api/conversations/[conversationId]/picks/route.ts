// POST a pick: { designId, clientId, colour?, sets? | sizePieces?, note? } → 201 the pick.
// The price comes from the design, never from here; a repeated clientId is the same pick.
import { asActor, bodyWith } from "@/lib/api-route";
import { createPick } from "@/lib/picks/create-pick";

type Context = { params: Promise<{ conversationId: string }> };

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation-buyer", params: context.params, signedOut: "Log in to pick designs." }, async (actor, { conversationId }) => {
    return Response.json(await createPick(actor, await bodyWith(request, { conversationId })), { status: 201 });
  });
}
