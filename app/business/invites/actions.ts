"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/errors";
import { createInvite } from "@/lib/invites/create-invite";
import { revokeInvite } from "@/lib/invites/revoke-invite";

export async function createInviteAction(input: unknown) {
  const actor = await requireActor();
  return runAction(async () => {
    const invite = await createInvite(actor, input);
    revalidatePath("/business/invites");
    return { path: invite.path, expiresAt: invite.expiresAt.toISOString() };
  });
}

export async function revokeInviteAction(input: unknown) {
  const actor = await requireActor();
  return runAction(async () => {
    await revokeInvite(actor, input);
    revalidatePath("/business/invites");
    return null;
  });
}
