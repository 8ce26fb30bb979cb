import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/AuthShell";
import { AcceptAsCurrentUser } from "@/components/invites/AcceptAsCurrentUser";
import { InviteAccess } from "@/components/invites/InviteAccess";
import { buttonClasses } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { getActor } from "@/lib/auth/current-actor";
import { formatPhone } from "@/lib/auth/phone";
import { AppError } from "@/lib/errors";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { getInviteByToken, type InvitePreview } from "@/lib/invites/get-invite-by-token";
import { landingPath } from "@/lib/invites/landing-path";
import { inviteUnavailable } from "@/lib/invites/invite-status";

export const metadata = { title: "Invitation", robots: { index: false } };

async function loadInvite(token: string): Promise<InvitePreview | AppError> {
  try {
    return await getInviteByToken(token);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invite, actor] = await Promise.all([loadInvite(token), getActor()]);
  if (actor && !(invite instanceof AppError) && invite.status === "USED") {
    // Whoever used the link may open it again: it takes them back to where it led.
    const again = await acceptInvite(actor, { token }).catch(() => null);
    if (again) redirect(landingPath(again));
  }

  const unavailable = invite instanceof AppError ? invite : invite.status !== "OPEN" ? inviteUnavailable(invite.status, invite.businessName) : null;
  if (unavailable || invite instanceof AppError) {
    const message = unavailable?.message;
    return (
      <AuthShell title="This link doesn't work">
        <div className="flex flex-col gap-4">
          <FormAlert message={message} />
          <Link href={actor ? "/chats" : "/login"} className={buttonClasses("secondary", true)}>
            {actor ? "Go to my chats" : "Log in"}
          </Link>
        </div>
      </AuthShell>
    );
  }

  const words = {
    BUYER: { title: `${invite.businessName} invited you`, intro: "See their new designs in a chat, pick what you like and order in a few taps.", cta: "Open the chat" },
    STAFF: { title: `Join ${invite.businessName}`, intro: "You're invited as staff: post designs, chat with buyers and handle orders.", cta: "Join as staff" },
    TEAM: {
      title: `Join ${invite.invitedBy}'s shop`,
      intro: `${invite.invitedBy} invites you to their shop's chats with suppliers (${invite.businessName} and others): see new designs and talk to the suppliers as the shop.`,
      cta: "Join the shop",
    },
  }[invite.kind];
  const { title, intro, cta } = words;

  return (
    <AuthShell title={title} intro={intro}>
      {actor ? <AcceptAsCurrentUser token={token} actorName={actor.name} cta={cta} /> : <InviteAccess token={token} name={invite.name} phone={invite.phone ? formatPhone(invite.phone) : null} cta={cta} />}
    </AuthShell>
  );
}
