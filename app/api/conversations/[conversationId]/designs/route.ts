// POST an album of designs made from uploaded photos:
// { clientId, caption?, designs: [{ photoIds, code?, title?, pricePerPiecePaise?, ... }] }
// → 201 { id, seq, designs: [{ id, code }] }. Repeating a clientId returns the same post.
import { asActor, bodyWith } from "@/lib/api-route";
import { postDesigns } from "@/lib/designs/post-designs";

type Context = { params: Promise<{ conversationId: string }> };

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation-member", params: context.params, signedOut: "Log in to post designs." }, async (actor, { conversationId }) => {
    const post = await postDesigns(actor, await bodyWith(request, { conversationId }));
    return Response.json({ id: post.id, seq: post.seq, designs: post.designs }, { status: 201 });
  });
}
