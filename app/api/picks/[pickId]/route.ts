// PATCH { colour?, sets? | sizePieces?, note? } changes an open pick; DELETE removes it.
import { asActor, bodyWith } from "@/lib/api-route";
import { removePick } from "@/lib/picks/remove-pick";
import { updatePick } from "@/lib/picks/update-pick";

type Context = { params: Promise<{ pickId: string }> };

export function PATCH(request: Request, context: Context) {
  return asActor({ requires: "signed-in", params: context.params }, async (actor, { pickId }) => {
    return Response.json(await updatePick(actor, await bodyWith(request, { pickId })));
  });
}

export function DELETE(_request: Request, context: Context) {
  return asActor({ requires: "signed-in", params: context.params }, async (actor, { pickId }) => {
    return Response.json(await removePick(actor, { pickId }));
  });
}
