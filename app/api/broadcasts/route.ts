// POST a broadcast: { businessId, clientId, designIds, buyerIds: [...] | "all", caption? }
// → 201 { broadcastId, conversations }. Each chosen conversation receives the album once; a
// repeat of the same clientId returns the first broadcast and sends nothing more.
import { getActor } from "@/lib/auth/current-actor";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { AppError } from "@/lib/errors";
import { jsonError, readJson } from "@/lib/http";

export async function POST(request: Request) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in to send designs.");
    const broadcast = await sendBroadcast(actor, await readJson(request));
    return Response.json({ broadcastId: broadcast.broadcastId, conversations: broadcast.messages.length }, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
