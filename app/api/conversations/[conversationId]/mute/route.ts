// PUT { muted } → { muted }: mute or unmute the conversation's notifications for the signed-in person.
import { asActor, bodyWith } from "@/lib/api-route";
import { setConversationMute } from "@/lib/push/set-conversation-mute";

type Context = { params: Promise<{ conversationId: string }> };

export function PUT(request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params, signedOut: "Log in to mute conversations." }, async (actor, { conversationId }) => {
    return Response.json(await setConversationMute(actor, await bodyWith(request, { conversationId })));
  });
}
