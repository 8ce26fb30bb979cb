import { notFound } from "next/navigation";
import { CreateInviteForm } from "@/components/invites/CreateInviteForm";
import { InviteList } from "@/components/invites/InviteList";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listInvites } from "@/lib/invites/list-invites";

export const metadata = { title: "Invite" };

export default async function InvitesPage() {
  const actor = await requireActor("/business/invites");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const invites = await listInvites(actor, { businessId: business.id });

  return (
    <>
      <TopBar backHref="/chats" title="Invite" subtitle={business.name} />
      <main className="flex flex-1 flex-col gap-8 px-4 py-5">
        <section aria-labelledby="new-invite">
          <h2 id="new-invite" className="mb-1 text-lg font-semibold">
            Invite someone
          </h2>
          <p className="mb-4 text-sm text-stone-600">Create a link and send it on the chat app you already use. When they open it, they join you here.</p>
          <CreateInviteForm businessId={business.id} businessName={business.name} canInviteStaff={business.role === "OWNER"} />
        </section>
        <section aria-labelledby="recent-invites">
          <h2 id="recent-invites" className="mb-3 text-lg font-semibold">
            Recent invites
          </h2>
          <InviteList invites={invites} />
        </section>
      </main>
    </>
  );
}
