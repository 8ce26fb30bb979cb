import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LabelBuyersForm } from "@/components/labels/LabelBuyersForm";
import { LabelForm } from "@/components/labels/LabelForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { labelledConversationIds, listLabels } from "@/lib/labels/labels";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("labels"))("label") };
}

/** One label: its name and colour, and the checklist of buyers carrying it. Members only. */
export default async function LabelPage({ params }: { params: Promise<{ labelId: string }> }) {
  const { labelId } = await params;
  const actor = await requireActor(`/business/labels/${labelId}`);
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const label = (await listLabels(actor, { businessId: business.id })).find((candidate) => candidate.id === labelId);
  if (!label) notFound();
  const [buyers, labelled, t] = await Promise.all([listBusinessBuyers(actor, { businessId: business.id }), labelledConversationIds(actor, { businessId: business.id, labelId }), getTranslations("labels")]);
  return (
    <ClientMessages namespaces={["common", "labels"]}>
      <>
        <TopBar backHref="/business/labels" title={label.name} subtitle={t("buyers", { count: label.buyers, n: String(label.buyers) })} />
        <main className="flex flex-1 flex-col gap-6 px-4 py-5">
          <Link prefetch={false} href={`/chats?label=${label.id}`} className="inline-flex min-h-12 items-center justify-center rounded-xl border border-brand-600 px-4 text-base font-semibold text-brand-700 hover:bg-brand-50">
            {t("showChats")}
          </Link>
          <LabelBuyersForm businessId={business.id} labelId={label.id} labelName={label.name} buyers={buyers.map((b) => ({ conversationId: b.conversationId, name: b.name }))} labelled={labelled} />
          <LabelForm key={`${label.name}-${label.colour}`} businessId={business.id} label={{ id: label.id, name: label.name, colour: label.colour }} />
        </main>
      </>
    </ClientMessages>
  );
}
