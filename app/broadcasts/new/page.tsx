import { randomBytes } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BroadcastForm } from "@/components/broadcasts/BroadcastForm";
import { ChosenDesigns } from "@/components/broadcasts/ChosenDesigns";
import { buttonClasses } from "@/components/ui/Button";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import type { DesignDetails } from "@/lib/designs/design-views";
import { getDesign } from "@/lib/designs/get-design";
import { listBusinessBuyers } from "@/lib/designs/list-business-buyers";
import { AppError } from "@/lib/errors";
import { listLabels } from "@/lib/labels/labels";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("broadcasts"))("new.title") };
}

/** The same limit as send-broadcast.ts: more ids in an address are ignored, not loaded. */
const MAX_DESIGNS = 30;

async function designOrNull(actor: Parameters<typeof getDesign>[0], designId: string): Promise<DesignDetails | null> {
  return getDesign(actor, { designId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
}

export default async function NewBroadcastPage({ searchParams }: { searchParams: Promise<{ designs?: string }> }) {
  const params = await searchParams;
  const actor = await requireActor(`/broadcasts/new${params.designs ? `?designs=${encodeURIComponent(params.designs)}` : ""}`);
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const ids = [...new Set((params.designs ?? "").split(",").map((id) => id.trim()).filter(Boolean))].slice(0, MAX_DESIGNS);
  const [loaded, buyers, labels] = await Promise.all([
    Promise.all(ids.map((id) => designOrNull(actor, id))),
    listBusinessBuyers(actor, { businessId: business.id }),
    listLabels(actor, { businessId: business.id }),
  ]);
  // Only this business's own designs: a buyer's view of someone else's design is not sendable.
  const designs = loaded.filter((d): d is DesignDetails => d !== null && d.viewerIsMember && d.businessId === business.id);
  const archived = designs.filter((d) => d.archived);
  const clientId = randomBytes(16).toString("base64url");
  const t = await getTranslations("broadcasts");

  return (
    <ClientMessages namespaces={["broadcasts", "common", "nav", "ui"]}>
      <>
        <TopBar backHref="/catalog" title={t("new.sendToBuyers")} subtitle={designs.length ? t("designCount", { count: designs.length }) : business.name} />
        <main className="flex flex-1 flex-col">
          {!designs.length ? (
            <div className="flex flex-col items-center px-8 py-16 text-center">
              <h2 className="text-lg font-semibold">{t("new.chooseFirst")}</h2>
              <p className="mt-1 text-stone-600">{t("new.chooseFirstHint")}</p>
              <Link prefetch={false} href="/catalog?select=1" className={`${buttonClasses("primary")} mt-6`}>
                {t("new.chooseDesigns")}
              </Link>
            </div>
          ) : !buyers.length ? (
            <div className="flex flex-col items-center px-8 py-16 text-center">
              <h2 className="text-lg font-semibold">{t("new.noBuyers")}</h2>
              <p className="mt-1 text-stone-600">{t("new.noBuyersHint")}</p>
              <Link prefetch={false} href="/business/invites" className={`${buttonClasses("primary")} mt-6`}>
                {t("new.inviteBuyer")}
              </Link>
            </div>
          ) : (
            <>
              <div className="pt-4">
                <ChosenDesigns designs={designs} />
              </div>
              {designs.length < ids.length ? <p className="mx-4 mt-3 text-sm text-stone-600">{t("new.someMissing")}</p> : null}
              {archived.length ? (
                <p role="alert" className="mx-4 mt-3 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
                  {t("new.archived", { count: archived.length, codes: archived.map((d) => d.code).join(", ") })}
                </p>
              ) : null}
              <BroadcastForm businessId={business.id} clientId={clientId} designIds={designs.map((d) => d.id)} buyers={buyers} labels={labels} />
            </>
          )}
        </main>
        {/* With the form showing, its send bar carries the tab bar under it. */}
        {designs.length && buyers.length ? null : <BottomNav current="catalog" />}
      </>
    </ClientMessages>
  );
}
