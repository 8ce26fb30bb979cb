import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TeamEditor } from "@/components/teams/TeamEditor";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getTeam } from "@/lib/teams/buyer-team";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("teams"))("title") };
}

/** A buyer's shop team: who reads and writes in the shop's chats, an invite link for a colleague,
 * and Remove (the buyer only). Colleagues see the list. */
export default async function TeamPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const actor = await requireActor(`/chats/${conversationId}/team`);
  const team = await getTeam(actor, { conversationId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!team) notFound();
  const t = await getTranslations("teams");
  return (
    <ClientMessages namespaces={["common", "invite", "teams"]}>
      <>
        <TopBar backHref={`/chats/${conversationId}`} title={t("title")} subtitle={team.owner.name} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">{team.viewerIsOwner ? t("introOwn") : t("introOther", { name: team.owner.name })}</p>
          <TeamEditor conversationId={conversationId} team={{ ...team, members: team.members.map((m) => ({ id: m.id, name: m.name })) }} />
        </main>
      </>
    </ClientMessages>
  );
}
