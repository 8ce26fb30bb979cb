// GET a page of messages: ?beforeSeq= (older), ?afterSeq= (newer, to catch up), ?threadOf= (a
// thread), or nothing (the newest page). POST a text message: { clientId, body, parentId? } →
// 201 { id, seq }; repeating a clientId returns the stored message again, so clients may retry.
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";

type Context = { params: Promise<{ conversationId: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in to read messages.");
    const { conversationId } = await context.params;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const page = await listMessages(actor, { ...query, conversationId });
    return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}

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
