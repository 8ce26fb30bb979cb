// GET one design with all its photos and details, for the viewer. Same answer for "missing" and
// "not yours": a buyer sees only designs posted into their own conversation.
import { getActor } from "@/lib/auth/current-actor";
import { getDesign } from "@/lib/designs/get-design";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";

type Context = { params: Promise<{ designId: string }> };

export async function GET(_request: Request, context: Context) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Log in to see designs.");
    const { designId } = await context.params;
    return Response.json(await getDesign(actor, { designId }), { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    return jsonError(error);
  }
}
