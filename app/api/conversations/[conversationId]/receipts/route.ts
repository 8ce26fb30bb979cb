// POST { readSeq?, deliveredSeq? }: the viewer's app received or showed messages up to these seqs.
import { getActor } from "@/lib/auth/current-actor";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";

type Context = { params: Promise<{ conversationId: string }> };

export async function POST(request: Request, context: Context) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in first.");
    const { conversationId } = await context.params;
    const body = await readJson(request);
    const receipts = await markConversationRead(actor, { ...(typeof body === "object" && body ? body : {}), conversationId });
    return Response.json(receipts);
  } catch (error) {
    return jsonError(error);
  }
}
