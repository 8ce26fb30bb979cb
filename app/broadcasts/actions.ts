"use server";
import { revalidatePath } from "next/cache";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { actAs } from "@/lib/server-action";

/** Sends once per clientId: the form's id is made when the page renders, so a double tap or a
 * retry after a dropped answer gets the first broadcast back instead of a second album. */
export async function sendBroadcastAction(input: unknown) {
  return actAs("member", async (actor) => {
    const sent = await sendBroadcast(actor, input);
    revalidatePath("/broadcasts");
    return { broadcastId: sent.broadcastId, conversations: sent.buyers };
  });
}
