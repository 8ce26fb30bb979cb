import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BuyerCatalog } from "@/components/catalog/BuyerCatalog";
import { ArchiveFilter, type ArchiveFilterValue } from "@/components/catalog/ArchiveFilter";
import { CatalogBrowser } from "@/components/catalog/CatalogBrowser";
import { BroadcastIcon } from "@/components/catalog/CatalogIcons";
import { CatalogSearch } from "@/components/catalog/CatalogSearch";
import { EmptyCatalog } from "@/components/catalog/EmptyCatalog";
import { BottomNav } from "@/components/ui/BottomNav";
import { TopBar } from "@/components/ui/TopBar";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { listBuyerCatalog } from "@/lib/designs/list-buyer-catalog";
import { listDesigns } from "@/lib/designs/list-designs";
import { AppError } from "@/lib/errors";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("catalog"))("title") };
}

type SearchParams = { q?: string; show?: string; cursor?: string; select?: string };

function showOf(value: string | undefined): ArchiveFilterValue {
  return value === "archived" || value === "all" ? value : "active";
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const actor = await requireActor("/catalog");
  const t = await getTranslations("catalog");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) return <BuyerCatalogPage actor={actor} />;
  const query = (params.q ?? "").trim().slice(0, 80);
  const show = showOf(params.show);
  const page = await listDesigns(actor, { businessId: business.id, query: query || undefined, archived: show, cursor: params.cursor || undefined }).catch((error: unknown) => {
    // A stale or edited page link: start again from the newest.
    if (error instanceof AppError && error.code === "INVALID") return null;
    throw error;
  });

  return (
    <ClientMessages namespaces={["catalog", "common", "designs", "nav"]}>
      <>
        {/* A tab's root: no Back (the tab bar is the way around). */}
        <TopBar
          title={t("title")}
          subtitle={business.name}
          actions={
            <Link prefetch={false} href="/broadcasts" aria-label={t("broadcasts")} title={t("broadcastsHint")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
              <BroadcastIcon />
            </Link>
          }
        />
        <main className="flex flex-1 flex-col">
          <CatalogSearch action="/catalog" value={query} show={show} />
          {!page ? (
            <p className="px-6 py-12 text-center text-stone-600">
              {t("linkExpired")}{" "}
              <Link prefetch={false} href="/catalog" className="font-semibold text-brand-700 underline">
                {t("showNewest")}
              </Link>
            </p>
          ) : page.designs.length ? (
            // Keyed by the address: a new search or filter starts a fresh list and selection.
            <CatalogBrowser
              key={`${query}|${show}|${params.cursor ?? ""}`}
              businessId={business.id}
              query={query}
              show={show}
              designs={page.designs}
              nextCursor={page.nextCursor}
              startSelecting={params.select === "1"}
            />
          ) : (
            <>
              <div className="px-3 pb-1">
                <ArchiveFilter value={show} query={query} />
              </div>
              <EmptyCatalog query={query} show={show} />
            </>
          )}
        </main>
        {/* With designs, the browser shows the sections bar (or the selection bar while choosing). */}
        {!page || !page.designs.length ? <BottomNav current="catalog" /> : null}
      </>
    </ClientMessages>
  );
}

/** A buyer's catalog: what their suppliers posted to them, by supplier (the README's promise). */
async function BuyerCatalogPage({ actor }: { actor: Actor }) {
  const { suppliers } = await listBuyerCatalog(actor);
  const t = await getTranslations("catalog");
  return (
    <>
      <TopBar title={t("title")} subtitle={t("buyerSubtitle")} />
      <main className="flex flex-1 flex-col">
        <BuyerCatalog suppliers={suppliers} />
      </main>
      <BottomNav current="catalog" />
    </>
  );
}
