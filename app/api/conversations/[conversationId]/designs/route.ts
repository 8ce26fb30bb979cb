// POST an album of designs made from uploaded photos:
// { clientId, caption?, designs: [{ photoIds, code?, title?, pricePerPiecePaise?, ... }] }
// → 201 { id, seq, designs: [{ id, code }] }. Repeating a clientId returns the same post.
import { getActor } from "@/lib/auth/current-actor";
import { postDesigns } from "@/lib/designs/post-designs";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";

type Context = { params: Promise<{ conversationId: string }> };

export async function POST(request: Request, context: Context) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in to post designs.");
    const { conversationId } = await context.params;
    const body = await readJson(request);
    const post = await postDesigns(actor, { ...(typeof body === "object" && body ? body : {}), conversationId });
    return Response.json({ id: post.id, seq: post.seq, designs: post.designs }, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
