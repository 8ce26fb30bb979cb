// GET ?businessId=: the business's quick replies, for the composer's "/" list (members only).
import { asActor } from "@/lib/api-route";
import { listQuickReplies } from "@/lib/quick-replies/quick-replies";

export function GET(request: Request) {
  return asActor({ requires: "member" }, async (actor) => {
    const businessId = new URL(request.url).searchParams.get("businessId");
    return Response.json(await listQuickReplies(actor, { businessId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}
