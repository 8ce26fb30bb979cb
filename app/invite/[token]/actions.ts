"use server";
import { requireActor } from "@/lib/auth/current-actor";
import { takeSignUpAttempt } from "@/lib/auth/auth-rate-limits";
import { requestAddress } from "@/lib/auth/request-address";
import { runAction } from "@/lib/errors";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { landingPath } from "@/lib/invites/landing-path";
import { signUpWithInvite } from "@/lib/invites/sign-up-with-invite";

export async function acceptInviteAction(token: string) {
  const actor = await requireActor();
  return runAction(async () => landingPath(await acceptInvite(actor, { token })));
}

export async function signUpWithInviteAction(input: unknown) {
  const address = await requestAddress();
  return runAction(async () => {
    await takeSignUpAttempt(address);
    return landingPath(await signUpWithInvite(input));
  });
}
