import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LabelChip } from "@/components/labels/LabelChip";
import { LabelForm } from "@/components/labels/LabelForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listLabels } from "@/lib/labels/labels";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("labels"))("title") };
}

/** The business's labels: each with its buyers, and a form to add one. Members only. */
export default async function LabelsPage() {
  const actor = await requireActor("/business/labels");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const [labels, t] = await Promise.all([listLabels(actor, { businessId: business.id }), getTranslations("labels")]);
  return (
    <ClientMessages namespaces={["common", "labels"]}>
      <>
        <TopBar backHref="/chats" title={t("title")} subtitle={business.name} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">{t("intro")}</p>
          {labels.length ? (
            <ul aria-label={t("title")} className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
              {labels.map((label) => (
                <li key={label.id}>
                  <Link prefetch={false} href={`/business/labels/${label.id}`} className="flex min-h-14 items-center justify-between gap-3 px-4 hover:bg-stone-50">
                    <LabelChip name={label.name} colour={label.colour} />
                    <span className="shrink-0 text-sm text-stone-600">{t("buyers", { count: label.buyers, n: String(label.buyers) })} ›</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded-xl bg-stone-50 px-4 py-3 text-stone-600">{t("none")}</p>
          )}
          <LabelForm businessId={business.id} />
        </main>
      </>
    </ClientMessages>
  );
}
