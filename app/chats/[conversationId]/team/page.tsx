import { notFound } from "next/navigation";
import { TeamEditor } from "@/components/teams/TeamEditor";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getTeam } from "@/lib/teams/buyer-team";

export const metadata = { title: "Shop team" };

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
  return (
    <>
      <TopBar backHref={`/chats/${conversationId}`} title="Shop team" subtitle={team.owner.name} />
      <main className="flex flex-1 flex-col gap-4 px-4 py-5">
        <p className="text-base text-stone-700">
          Your shop staff can read and write in all of {team.viewerIsOwner ? "your" : `${team.owner.name}'s`} chats with suppliers, under their own names: they can pick designs and confirm the shop’s tray too.
        </p>
        <TeamEditor conversationId={conversationId} team={{ ...team, members: team.members.map((m) => ({ id: m.id, name: m.name })) }} />
      </main>
    </>
  );
}
