"use server";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/errors";
import { acceptInvite, type AcceptedInvite } from "@/lib/invites/accept-invite";
import { signUpWithInvite } from "@/lib/invites/sign-up-with-invite";

function landingPath(accepted: AcceptedInvite): string {
  return accepted.kind === "BUYER" ? `/chats/${accepted.conversationId}` : "/chats";
}

export async function acceptInviteAction(token: string) {
  const actor = await requireActor();
  return runAction(async () => landingPath(await acceptInvite(actor, { token })));
}

export async function signUpWithInviteAction(input: unknown) {
  return runAction(async () => landingPath(await signUpWithInvite(input)));
}
