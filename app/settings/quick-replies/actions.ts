"use server";
import { revalidatePath } from "next/cache";
import { deleteQuickReply, saveQuickReply } from "@/lib/quick-replies/quick-replies";
import { actAs } from "@/lib/server-action";

const PAGE = "/settings/quick-replies";

export async function saveQuickReplyAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      const saved = await saveQuickReply(actor, input);
      revalidatePath(PAGE);
      return saved;
    },
    { loginReturnTo: PAGE },
  );
}

export async function deleteQuickReplyAction(input: unknown) {
  return actAs(
    "member",
    async (actor) => {
      await deleteQuickReply(actor, input);
      revalidatePath(PAGE);
    },
    { loginReturnTo: PAGE },
  );
}
