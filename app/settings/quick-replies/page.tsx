import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { QuickRepliesEditor } from "@/components/settings/QuickRepliesEditor";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listQuickReplies } from "@/lib/quick-replies/quick-replies";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("quickReplies") };
}

/** The business's quick replies: add, change, remove. Members only (a buyer has none). */
export default async function QuickRepliesPage() {
  const actor = await requireActor("/settings/quick-replies");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const [replies, t] = await Promise.all([listQuickReplies(actor, { businessId: business.id }), getTranslations("settings")]);
  return (
    <ClientMessages namespaces={["common", "settings"]}>
      <>
        <TopBar backHref="/settings" title={t("quickReplies")} subtitle={business.name} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">
            {t.rich("quickRepliesIntro", {
              kbd: (chunks) => <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 font-mono">{chunks}</kbd>,
            })}
          </p>
          <QuickRepliesEditor businessId={business.id} replies={replies} />
        </main>
      </>
    </ClientMessages>
  );
}
