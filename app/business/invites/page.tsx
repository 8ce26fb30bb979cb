import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateInviteForm } from "@/components/invites/CreateInviteForm";
import { InviteList } from "@/components/invites/InviteList";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listInvites } from "@/lib/invites/list-invites";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("invite"))("invitesTitle") };
}

export default async function InvitesPage() {
  const actor = await requireActor("/business/invites");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const [invites, t] = await Promise.all([listInvites(actor, { businessId: business.id }), getTranslations("invite")]);

  return (
    <ClientMessages namespaces={["invite"]}>
      <>
        <TopBar backHref="/chats" title={t("invitesTitle")} subtitle={business.name} />
        <main className="flex flex-1 flex-col gap-8 px-4 py-5">
          <section aria-labelledby="new-invite">
            <h2 id="new-invite" className="mb-1 text-lg font-semibold">
              {t("inviteSomeone")}
            </h2>
            <p className="mb-4 text-sm text-stone-600">{t("invitesIntro")}</p>
            <CreateInviteForm businessId={business.id} businessName={business.name} canInviteStaff={business.role === "OWNER"} />
          </section>
          <section aria-labelledby="recent-invites">
            <h2 id="recent-invites" className="mb-3 text-lg font-semibold">
              {t("recentInvites")}
            </h2>
            <InviteList invites={invites} />
          </section>
        </main>
      </>
    </ClientMessages>
  );
}
