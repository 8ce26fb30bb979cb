import Link from "next/link";
import { LogoutButton } from "@/components/auth/LogoutButton";
import { LiveConversationList } from "@/components/chat/LiveConversationList";
import { ConversationSearch } from "@/components/chat/ConversationSearch";
import { EmptyConversations } from "@/components/chat/EmptyConversations";
import { LiveUpdates } from "@/components/chat/LiveUpdates";
import { BottomNav } from "@/components/ui/BottomNav";
import { InviteIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listConversations } from "@/lib/conversations/list-conversations";

export const metadata = { title: "Chats" };

export default async function ChatsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor("/chats");
  const search = ((await searchParams).q ?? "").slice(0, 80);
  const [rows, businesses] = await Promise.all([listConversations(actor, { search: search || undefined }), listMyBusinesses(actor)]);
  const business = businesses[0];

  return (
    <>
      <TopBar
        title={business?.name ?? "Chats"}
        subtitle={business ? `${business.role === "OWNER" ? "Owner" : "Staff"} · ${actor.name}` : actor.name}
        actions={
          <>
            {business ? (
              <Link href="/business/invites" aria-label="Invite" title="Invite a buyer or staff" className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
                <InviteIcon />
              </Link>
            ) : null}
            <LogoutButton />
          </>
        }
      />
      <LiveUpdates viewerId={actor.id} />
      <main className="flex-1">
        <ConversationSearch value={search} />
        <LiveConversationList rows={rows} viewerId={actor.id} searching={Boolean(search)} empty={<EmptyConversations canInvite={Boolean(business)} searching={Boolean(search)} />} />
      </main>
      <BottomNav current="chats" />
    </>
  );
}
