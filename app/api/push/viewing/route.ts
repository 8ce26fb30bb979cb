// POST { tabId, conversationId, visible, sentAt }: what this tab shows, so the person gets no notification
// for the conversation they are looking at (lib/push/viewing-tabs.ts). Answered from memory.
import { z } from "zod";
import { asActor } from "@/lib/api-route";
import { readJson } from "@/lib/http";
import { reportTabView } from "@/lib/push/viewing-tabs";
import { idSchema, parseInput } from "@/lib/validation";

const viewingSchema = z.object({
  tabId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  // Not checked against the database: naming a conversation one cannot see only silences
  // one's own notifications, and this report must stay cheap.
  conversationId: idSchema.nullable(),
  visible: z.boolean(),
  /** The tab's clock when it sent this (ms): a report older than the last one is ignored. */
  sentAt: z.number().nonnegative(),
});

export function POST(request: Request) {
  return asActor({ requires: "signed-in" }, async (actor) => {
    const { tabId, ...view } = parseInput(viewingSchema, await readJson(request));
    reportTabView(actor.id, tabId, view);
    return new Response(null, { status: 204 });
  });
}
