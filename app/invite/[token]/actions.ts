"use server";
import { takeSignUpAttempt } from "@/lib/auth/auth-rate-limits";
import { requestAddress } from "@/lib/auth/request-address";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { landingPath } from "@/lib/invites/landing-path";
import { currentLocale } from "@/lib/i18n/current-locale";
import { signUpWithInvite } from "@/lib/invites/sign-up-with-invite";
import { actAs, actAsAnyone } from "@/lib/server-action";

export async function acceptInviteAction(token: string) {
  return actAs("signed-in", async (actor) => landingPath(await acceptInvite(actor, { token })));
}

export async function signUpWithInviteAction(input: unknown) {
  const address = await requestAddress();
  return actAsAnyone(async () => {
    await takeSignUpAttempt(address);
    // The same answer whether or not the number had an account (sign-up-with-invite.ts): the form
    // logs in and then accepts the invite with acceptInviteAction, which knows where it leads.
    await signUpWithInvite(input, await currentLocale());
    return null;
  });
}
