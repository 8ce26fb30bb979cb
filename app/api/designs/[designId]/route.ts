// GET one design with all its photos and details, for the viewer. Same answer for "missing" and
// "not yours": a buyer sees only designs posted into their own conversation.
import { asActor } from "@/lib/api-route";
import { getDesign } from "@/lib/designs/get-design";

type Context = { params: Promise<{ designId: string }> };

export function GET(_request: Request, context: Context) {
  return asActor({ requires: "signed-in", params: context.params, signedOut: "Log in to see designs." }, async (actor, { designId }) => {
    return Response.json(await getDesign(actor, { designId }), { headers: { "Cache-Control": "private, no-store" } });
  });
}
