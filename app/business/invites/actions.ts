"use server";
import { revalidatePath } from "next/cache";
import { actAs } from "@/lib/server-action";
import { createInvite } from "@/lib/invites/create-invite";
import { revokeInvite } from "@/lib/invites/revoke-invite";

/** Buyer invites by any member, staff invites by owners only (createInvite checks which). */
export async function createInviteAction(input: unknown) {
  return actAs("member", async (actor) => {
    const invite = await createInvite(actor, input);
    revalidatePath("/business/invites");
    return { path: invite.path, expiresAt: invite.expiresAt.toISOString() };
  });
}

export async function revokeInviteAction(input: unknown) {
  return actAs("member", async (actor) => {
    await revokeInvite(actor, input);
    revalidatePath("/business/invites");
    return null;
  });
}
