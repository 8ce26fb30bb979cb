// POST a text message: { clientId, body, parentId? } → 201 { id, seq }. Repeating a clientId
// returns the stored message again (same id), so clients may retry freely.
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";
import { postMessage } from "@/lib/messages/post-message";

type Context = { params: Promise<{ conversationId: string }> };

export async function POST(request: Request, context: Context) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in to send messages.");
    const { conversationId } = await context.params;
    const body = await readJson(request);
    const message = await postMessage(actor, { ...(typeof body === "object" && body ? body : {}), conversationId });
    return Response.json({ id: message.id, seq: message.seq }, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
