// Where photos shared from the gallery land (the manifest's share_target; the service worker keeps
// the photos and sends the person here): pick the chat to post them in, and its post sheet opens
// with them. Posting designs is the supplier's side, so a buyer is told so.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConversationList } from "@/components/chat/ConversationList";
import { SharedPhotoStrip } from "@/components/share/SharedPhotoStrip";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { FIRST_SCREEN_CHATS } from "@/lib/conversations/conversation-search";
import { listConversations } from "@/lib/conversations/list-conversations";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("share"))("title") };
}

const FIRST_ROWS = FIRST_SCREEN_CHATS;

export default async function SharePage({ searchParams }: { searchParams: Promise<{ batch?: string; count?: string; all?: string }> }) {
  const params = await searchParams;
  const batch = /^[0-9a-f]{32}$/.test(params.batch ?? "") ? params.batch! : null;
  const count = Math.max(0, Math.min(30, Number.parseInt(params.count ?? "0", 10) || 0));
  const here = batch ? `/share?batch=${batch}&count=${count}` : "/share";
  const actor = await requireActor(here);
  const [business] = await listMyBusinesses(actor);
  const t = await getTranslations("share");
  const title = t("shareCount", { count });

  if (!batch || count === 0) {
    return (
      <ClientMessages namespaces={["chat", "share", "system"]}>
        <Notice title={t("title")} backHref="/chats">
          {t("nothing")}
        </Notice>
      </ClientMessages>
    );
  }
  if (!business) {
    return (
      <ClientMessages namespaces={["chat", "share", "system"]}>
        <Notice title={title} backHref="/chats">
          {t("buyer")}
        </Notice>
      </ClientMessages>
    );
  }

  const showAll = params.all === "1";
  const found = await listConversations(actor, { limit: showAll ? undefined : FIRST_ROWS + 1 });
  const rows = showAll ? found : found.slice(0, FIRST_ROWS);
  return (
    <ClientMessages namespaces={["chat", "share", "system"]}>
      <>
        <TopBar backHref="/chats" title={title} subtitle={t("chooseChat")} />
        <main className="flex-1">
          <SharedPhotoStrip batch={batch} />
          {rows.length ? (
            <ConversationList rows={rows} hrefSuffix={`?share=${batch}`} />
          ) : (
            <p className="px-4 py-6 text-stone-600">
              {t.rich("noChats", {
                link: (chunks) => (
                  <Link prefetch={false} href="/business/invites" className="font-semibold text-brand-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          )}
          {found.length > rows.length ? (
            <Link prefetch={false} href={`${here}&all=1`} className="flex min-h-12 items-center justify-center text-sm font-semibold text-brand-700 underline">
              {t("showAll")}
            </Link>
          ) : null}
        </main>
      </>
    </ClientMessages>
  );
}

function Notice({ title, backHref, children }: { title: string; backHref: string; children: React.ReactNode }) {
  return (
    <>
      <TopBar backHref={backHref} title={title} />
      <main className="flex-1 px-4 py-6 text-stone-700">
        <p>{children}</p>
      </main>
    </>
  );
}
