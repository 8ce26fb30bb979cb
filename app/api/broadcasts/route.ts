// POST a broadcast: { businessId, clientId, designIds, buyerIds: [...] | "all", caption? }
// → 201 { broadcastId, conversations }: recorded, its albums written just behind the answer
// (deliver-broadcast.ts). Each chosen conversation receives the album once; a
// repeat of the same clientId returns the first broadcast and sends nothing more.
import { asActor } from "@/lib/api-route";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { readJson } from "@/lib/http";

export function POST(request: Request) {
  return asActor({ requires: "member", signedOut: "Log in to send designs." }, async (actor) => {
    const broadcast = await sendBroadcast(actor, await readJson(request));
    return Response.json({ broadcastId: broadcast.broadcastId, conversations: broadcast.buyers }, { status: 201 });
  });
}
