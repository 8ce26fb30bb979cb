import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/components/auth/AuthShell";
import { AcceptAsCurrentUser } from "@/components/invites/AcceptAsCurrentUser";
import { InviteAccess } from "@/components/invites/InviteAccess";
import { buttonClasses } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { getActor } from "@/lib/auth/current-actor";
import { formatPhone } from "@/lib/auth/phone";
import { AppError } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localizeFailure } from "@/lib/i18n/error-text";
import { acceptInvite } from "@/lib/invites/accept-invite";
import { getInviteByToken, type InvitePreview } from "@/lib/invites/get-invite-by-token";
import { landingPath } from "@/lib/invites/landing-path";
import { INVALID_INVITE_MESSAGE } from "@/lib/invites/invite-status";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("invite"))("pageTitle"), robots: { index: false } };
}

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

  const [t, tAuth] = await Promise.all([getTranslations("invite"), getTranslations("auth")]);
  if (invite instanceof AppError || invite.status !== "OPEN") {
    // The words of lib/invites/invite-status.ts (INVALID_INVITE_MESSAGE, inviteUnavailable), in the reader's language.
    const message =
      invite instanceof AppError
        ? invite.message === INVALID_INVITE_MESSAGE
          ? t("invalid")
          : localizeFailure({ code: invite.code, message: invite.message, key: invite.key, values: invite.values }, await currentLocale()).message
        : t(`unavailable.${invite.status as Exclude<typeof invite.status, "OPEN">}`, { business: invite.businessName });
    return (
      <ClientMessages namespaces={["auth", "invite", "signup"]}>
        <AuthShell title={t("linkBroken")}>
          <div className="flex flex-col gap-4">
            <FormAlert message={message} />
            <Link prefetch={false} href={actor ? "/chats" : "/login"} className={buttonClasses("secondary", true)}>
              {actor ? t("goToChats") : tAuth("logIn")}
            </Link>
          </div>
        </AuthShell>
      </ClientMessages>
    );
  }

  const words = {
    BUYER: { title: t("buyer.title", { business: invite.businessName }), intro: t("buyer.intro"), cta: t("buyer.cta") },
    STAFF: { title: t("staff.title", { business: invite.businessName }), intro: t("staff.intro"), cta: t("staff.cta") },
    TEAM: {
      title: t("team.title", { name: invite.invitedBy }),
      intro: t("team.intro", { name: invite.invitedBy, business: invite.businessName }),
      cta: t("team.cta"),
    },
  }[invite.kind];
  const { title, intro, cta } = words;

  return (
    <ClientMessages namespaces={["auth", "invite", "signup"]}>
      <AuthShell title={title} intro={intro}>
        {actor ? <AcceptAsCurrentUser token={token} actorName={actor.name} cta={cta} /> : <InviteAccess token={token} name={invite.name} phone={invite.phone ? formatPhone(invite.phone) : null} cta={cta} />}
      </AuthShell>
    </ClientMessages>
  );
}
