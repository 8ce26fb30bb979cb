import Link from "next/link";
import { notFound } from "next/navigation";
import { LabelChip } from "@/components/labels/LabelChip";
import { LabelForm } from "@/components/labels/LabelForm";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listLabels } from "@/lib/labels/labels";

export const metadata = { title: "Labels" };

/** The business's labels: each with its buyers, and a form to add one. Members only. */
export default async function LabelsPage() {
  const actor = await requireActor("/business/labels");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const labels = await listLabels(actor, { businessId: business.id });
  return (
    <>
      <TopBar backHref="/chats" title="Labels" subtitle={business.name} />
      <main className="flex flex-1 flex-col gap-4 px-4 py-5">
        <p className="text-base text-stone-700">Group your buyers in your own words (VIP, credit 30 days, Ahmedabad) and show only them in Chats. Buyers never see labels.</p>
        {labels.length ? (
          <ul aria-label="Labels" className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
            {labels.map((label) => (
              <li key={label.id}>
                <Link href={`/business/labels/${label.id}`} className="flex min-h-14 items-center justify-between gap-3 px-4 hover:bg-stone-50">
                  <LabelChip name={label.name} colour={label.colour} />
                  <span className="shrink-0 text-sm text-stone-600">{label.buyers === 1 ? "1 buyer" : `${label.buyers} buyers`} ›</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-xl bg-stone-50 px-4 py-3 text-stone-600">No labels yet.</p>
        )}
        <LabelForm businessId={business.id} />
      </main>
    </>
  );
}
