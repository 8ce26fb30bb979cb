import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BroadcastRows } from "@/components/broadcasts/BroadcastRows";
import { buttonClasses } from "@/components/ui/Button";
import { ActionBarAboveTabs } from "@/components/ui/ActionBarAboveTabs";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listBroadcasts } from "@/lib/broadcasts/list-broadcasts";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("broadcasts"))("title") };
}

export default async function BroadcastsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const actor = await requireActor("/broadcasts");
  const business = (await listMyBusinesses(actor))[0];
  if (!business) notFound();
  const t = await getTranslations("broadcasts");
  const page = await listBroadcasts(actor, { businessId: business.id, cursor: cursor || undefined }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "INVALID") return null;
    throw error;
  });

  return (
    <>
      <TopBar backHref="/catalog" title={t("title")} subtitle={business.name} />
      <main className="flex flex-1 flex-col">
        {page?.broadcasts.length ? (
          <>
            <BroadcastRows broadcasts={page.broadcasts} />
            {page.nextCursor ? (
              <div className="px-4 py-5">
                <Link prefetch={false} href={`/broadcasts?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonClasses("secondary", true)}>
                  {t("older")}
                </Link>
              </div>
            ) : null}
          </>
        ) : (
          <div className="flex flex-col items-center px-8 py-16 text-center">
            <h2 className="text-lg font-semibold">{page ? t("nothingYet") : t("linkExpired")}</h2>
            <p className="mt-1 text-stone-600">{t("emptyHint")}</p>
          </div>
        )}
        <div className="flex-1" />
      </main>
      <ActionBarAboveTabs current="catalog">
        <Link prefetch={false} href="/catalog?select=1" className={buttonClasses("primary", true)}>
          {t("chooseToSend")}
        </Link>
      </ActionBarAboveTabs>
    </>
  );
}
