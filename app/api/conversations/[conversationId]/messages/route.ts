// GET a page of messages: ?beforeSeq= (older), ?afterSeq= (newer, to catch up), ?threadOf= (a
// thread), or nothing (the newest page). POST a text message: { clientId, body, parentId? } →
// 201 { id, seq }; repeating a clientId returns the stored message again, so clients may retry.
import { asActor, bodyWith } from "@/lib/api-route";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";

type Context = { params: Promise<{ conversationId: string }> };

export function GET(request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params, signedOut: "Log in to read messages." }, async (actor, { conversationId }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await listMessages(actor, { ...query, conversationId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params, signedOut: "Log in to send messages." }, async (actor, { conversationId }) => {
    const message = await postMessage(actor, await bodyWith(request, { conversationId }));
    return Response.json({ id: message.id, seq: message.seq }, { status: 201 });
  });
}
