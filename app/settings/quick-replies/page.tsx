import { notFound } from "next/navigation";
import { QuickRepliesEditor } from "@/components/settings/QuickRepliesEditor";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listQuickReplies } from "@/lib/quick-replies/quick-replies";

export const metadata = { title: "Quick replies" };

/** The business's quick replies: add, change, remove. Members only (a buyer has none). */
export default async function QuickRepliesPage() {
  const actor = await requireActor("/settings/quick-replies");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const replies = await listQuickReplies(actor, { businessId: business.id });
  return (
    <>
      <TopBar backHref="/settings" title="Quick replies" subtitle={business.name} />
      <main className="flex flex-1 flex-col gap-4 px-4 py-5">
        <p className="text-base text-stone-700">
          Answers you send again and again. In a chat, type <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 font-mono">/</kbd> and choose one: its text and photos go into your message, ready to send. Keep your payment QR or size chart here as photos.
        </p>
        <QuickRepliesEditor businessId={business.id} replies={replies} />
      </main>
    </>
  );
}
