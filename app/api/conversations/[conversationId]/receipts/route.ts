// POST { readSeq?, deliveredSeq? }: the viewer's app received or showed messages up to these seqs.
// In production the chat gateway (lib/server) answers this path with the same service.
import { asActor, bodyWith } from "@/lib/api-route";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";

type Context = { params: Promise<{ conversationId: string }> };

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params }, async (actor, { conversationId }) => {
    return Response.json(await markConversationRead(actor, await bodyWith(request, { conversationId })));
  });
}
