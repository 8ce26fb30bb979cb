// GET → { ask }: whether the chats list may offer notifications to this person now. Asked only by
// a browser that could turn them on and has not been asked (components/push/NotificationsAsk.tsx).
import { asActor } from "@/lib/api-route";
import { mayAskForNotifications } from "@/lib/push/may-ask-for-notifications";

export const dynamic = "force-dynamic";

export function GET() {
  return asActor({ requires: "signed-in" }, async (actor) => Response.json({ ask: await mayAskForNotifications(actor) }));
}
