import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BroadcastBuyerList } from "@/components/broadcasts/BroadcastBuyerList";
import { BroadcastCounts } from "@/components/broadcasts/BroadcastCounts";
import { BroadcastLiveRefresh } from "@/components/broadcasts/BroadcastLiveRefresh";
import { ChosenDesigns } from "@/components/broadcasts/ChosenDesigns";
import { EventsSince } from "@/components/realtime/EventsSince";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getBroadcastStatus } from "@/lib/broadcasts/get-broadcast-status";
import { AppError } from "@/lib/errors";
import { formatClock, formatDayLabel } from "@/lib/format-time";
import { deliveredThrough } from "@/lib/realtime/event-log-reader";

export async function generateMetadata() {
  return { title: (await getTranslations("broadcasts"))("status.title") };
}

export default async function BroadcastStatusPage({ params }: { params: Promise<{ broadcastId: string }> }) {
  const { broadcastId } = await params;
  const actor = await requireActor(`/broadcasts/${broadcastId}`);
  // Before the status is read: the tab's stream replays anything after it, so a phone's receipt
  // that lands while the page is on its way still turns its buyer to Delivered (catalog.spec saw
  // one stay "Sent").
  const since = await deliveredThrough();
  const status = await getBroadcastStatus(actor, { broadcastId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!status) notFound();
  const sentAt = new Date(status.createdAt);
  const [t, locale] = await Promise.all([getTranslations("broadcasts"), getLocale()]);

  return (
    <>
      <TopBar backHref="/broadcasts" title={t("status.title")} subtitle={`${formatDayLabel(sentAt, undefined, locale)}, ${formatClock(sentAt)} · ${t("by", { name: status.createdByName })}`} />
      <EventsSince since={since} />
      <BroadcastLiveRefresh conversationIds={status.buyers.map((b) => b.conversationId)} sending={status.sending} />
      <main className="flex flex-1 flex-col pb-6">
        <BroadcastCounts counts={status.counts} sending={status.sending} />
        <section aria-label={t("status.whatWasSent")} className="pt-5">
          <h2 className="px-4 pb-2 text-sm font-medium text-stone-500">
            {t("designCount", { count: status.designs.length })}
          </h2>
          <ChosenDesigns designs={status.designs} linked />
          {status.caption ? <p className="mx-4 mt-3 rounded-xl bg-bubble-own px-4 py-3 text-sm whitespace-pre-line text-stone-800">{status.caption}</p> : null}
        </section>
        <section aria-labelledby="buyers-heading" className="pt-6">
          <h2 id="buyers-heading" className="px-4 pb-2 text-sm font-medium text-stone-500">
            {t("buyers")}
          </h2>
          <BroadcastBuyerList buyers={status.buyers} />
          <p className="px-4 pt-3 text-xs text-stone-500">{t("status.legend")}</p>
        </section>
      </main>
      <BottomNav current="catalog" />
    </>
  );
}
