"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/errors";
import { postMessage } from "@/lib/messages/post-message";

export async function postMessageAction(input: unknown) {
  const actor = await requireActor();
  return runAction(async () => {
    const message = await postMessage(actor, input);
    revalidatePath(`/chats/${message.conversationId}`);
    return { id: message.id, seq: message.seq };
  });
}
