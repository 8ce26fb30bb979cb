// GET the chats list as the home screen shows it (its first rows): the desk layout keeps it
// beside the open conversation, so it is read once and then kept live by the events.
import { asActor } from "@/lib/api-route";
import { listConversations } from "@/lib/conversations/list-conversations";

/** As many as the home screen's first screen (app/chats/page.tsx). */
const DESK_ROWS = 50;

export function GET() {
  return asActor({ requires: "signed-in", signedOut: "Log in to see your chats." }, async (actor) => {
    const rows = await listConversations(actor, { limit: DESK_ROWS });
    return Response.json({ viewerId: actor.id, rows }, { headers: { "Cache-Control": "private, no-store" } });
  });
}
