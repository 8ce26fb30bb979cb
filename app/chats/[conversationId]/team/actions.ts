"use server";
import { revalidatePath } from "next/cache";
import { actAs } from "@/lib/server-action";
import { createTeamInvite, removeTeamMember } from "@/lib/teams/buyer-team";

const pageOf = (input: unknown) => `/chats/${String((input as { conversationId?: unknown })?.conversationId ?? "")}/team`;

/** The buyer's link for a colleague (createTeamInvite checks it is the buyer). */
export async function createTeamInviteAction(input: unknown) {
  return actAs("signed-in", async (actor) => {
    const invite = await createTeamInvite(actor, input);
    return { path: invite.path, expiresAt: invite.expiresAt.toISOString() };
  });
}

export async function removeTeamMemberAction(input: unknown) {
  return actAs("signed-in", async (actor) => {
    await removeTeamMember(actor, input);
    revalidatePath(pageOf(input));
    return null;
  });
}
