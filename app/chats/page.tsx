import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/auth/LogoutButton";
import { LiveConversationList } from "@/components/chat/LiveConversationList";
import { ConversationSearch } from "@/components/chat/ConversationSearch";
import { EmptyConversations } from "@/components/chat/EmptyConversations";
import { LiveUpdates } from "@/components/chat/LiveUpdates";
import { ResumeOutgoingPosts } from "@/components/designs/ResumeOutgoingPosts";
import { NotificationsAsk } from "@/components/push/NotificationsAsk";
import { BottomNav } from "@/components/ui/BottomNav";
import { AccountIcon, InviteIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { FIRST_SCREEN_CHATS } from "@/lib/conversations/conversation-search";
import { deliveredThrough } from "@/lib/realtime/event-log-reader";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listMyLabels } from "@/lib/labels/labels";
import { LabelFilter } from "@/components/labels/LabelFilter";
import { SearchResults } from "@/components/search/SearchResults";
import { search as searchEverything } from "@/lib/search/search";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("title") };
}

/** The first screen's chats (500 rows made the page ~550 KB of HTML and 33 ms of server CPU). */
const FIRST_ROWS = FIRST_SCREEN_CHATS;

export default async function ChatsPage({ searchParams }: { searchParams: Promise<{ q?: string; all?: string; label?: string }> }) {
  const actor = await requireActor("/chats");
  // Before the rows are read: the tab's stream replays anything after it (LiveUpdates).
  const since = await deliveredThrough();
  const params = await searchParams;
  const search = (params.q ?? "").slice(0, 80);
  const labelId = typeof params.label === "string" && params.label ? params.label.slice(0, 64) : undefined;
  const firstScreen = !search && !labelId && params.all !== "1";
  // One more than shown tells whether there are more.
  // Beyond chat names, the search box finds messages, designs and orders (not within a label).
  const searchesEverything = search.trim().length > 0 && !labelId;
  // A prepared statement on SQLite: known first, so a buyer's page skips the labels query.
  const businesses = await listMyBusinesses(actor);
  const [found, labels, results] = await Promise.all([
    listConversations(actor, { search: search || undefined, labelId, limit: firstScreen ? FIRST_ROWS + 1 : undefined }),
    businesses.length ? listMyLabels(actor) : [],
    searchesEverything ? searchEverything(actor, { q: search }) : null,
  ]);
  const rows = firstScreen ? found.slice(0, FIRST_ROWS) : found;
  const business = businesses[0];
  const t = await getTranslations("chat");

  return (
    <ClientMessages namespaces={["push", "settings"]}>
      <>
        <TopBar
          title={business?.name ?? t("title")}
          subtitle={business ? `${business.role === "OWNER" ? t("owner") : t("staff")} · ${actor.name}` : actor.name}
          actions={
            <>
              {business ? (
                <Link prefetch={false} href="/business/invites" aria-label={t("invite")} title={t("inviteTitle")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
                  <InviteIcon />
                </Link>
              ) : null}
              <Link prefetch={false} href="/settings" aria-label={t("account")} title={t("accountTitle")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
                <AccountIcon />
              </Link>
              <LogoutButton />
            </>
          }
        />
        <LiveUpdates viewerId={actor.id} since={since} />
        {business ? <ResumeOutgoingPosts viewerId={actor.id} /> : null}
        <main className="flex-1">
          <NotificationsAsk viewerIsMember={Boolean(business)} />
          <ConversationSearch value={search} label={labelId} />
          {business ? <LabelFilter labels={labels} activeId={labelId} /> : null}
          {/* A search or a label shows only its rows: a conversation outside them stays outside. */}
          {results ? (
            <h2 className="px-4 pt-1 pb-1 text-sm font-semibold text-stone-500">
              {t("title")}
            </h2>
          ) : null}
          <LiveConversationList
            rows={rows}
            viewerId={actor.id}
            searching={Boolean(search || labelId)}
            empty={
              results ? (
                // The search's other results follow: one quiet line, not the empty list's whole screen.
                <p className="px-4 py-2 text-sm text-stone-600">{t("noChatNamed", { name: search.trim() })}</p>
              ) : (
                <EmptyConversations canInvite={Boolean(business)} searching={Boolean(search)} labelled={Boolean(labelId)} />
              )
            }
          />
          {results ? <SearchResults results={results} query={search.trim()} /> : null}
          {found.length > rows.length ? (
            <Link href="/chats?all=1" prefetch={false} className="flex min-h-12 items-center justify-center text-sm font-semibold text-brand-700 underline">
              {t("showAll")}
            </Link>
          ) : null}
        </main>
        <BottomNav current="chats" />
      </>
    </ClientMessages>
  );
}
