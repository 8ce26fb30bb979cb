import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import { ConversationClient } from "@/components/chat/ConversationClient";
import { ConversationMenu } from "@/components/chat/ConversationMenu";
import { LiveUpdates } from "@/components/chat/LiveUpdates";
import { OpenAtPosition } from "@/components/chat/OpenAtPosition";
import { MuteButton } from "@/components/push/MuteButton";
import { ReportViewing } from "@/components/push/ReportViewing";
import { Avatar } from "@/components/ui/Avatar";
import { CatalogIcon } from "@/components/ui/icons";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getConversation } from "@/lib/conversations/get-conversation";
import { AppError } from "@/lib/errors";
import { listMessages } from "@/lib/messages/list-messages";
import { deliveredThrough } from "@/lib/realtime/event-log-reader";
import { newestAlbumOnFirstScreen } from "@/lib/messages/first-screen";
import type { MessageView } from "@/lib/messages/message-view";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("chat"))("conversationTitle") };
}

/** Messages on the first screen (more when there are unread ones; older pages load on scrolling
 * up): a phone shows about ten, and each one is rendered twice into the page (HTML and data),
 * ~0.1 ms of server CPU and ~1.4 KB each; 30 made the page 0.43x of a bare Next page in
 * bench:read, and every one is hydrated on the phone. Not fewer: 15 one-line messages do not fill
 * a 390x844 screen, and the older page then loads the moment the chat opens (tried 4 December). */
const FIRST_PAGE = 20;

export default async function ConversationPage({ params, searchParams }: { params: Promise<{ conversationId: string }>; searchParams: Promise<{ pick?: string; share?: string; m?: string }> }) {
  const { conversationId } = await params;
  const { pick, share, m } = await searchParams;
  const actor = await requireActor(`/chats/${conversationId}`);
  // Before the messages are read: the tab's stream replays anything after it (LiveUpdates).
  const since = await deliveredThrough();
  const loaded = await Promise.all([
    getConversation(actor, { conversationId }),
    listMessages(actor, { conversationId, limit: FIRST_PAGE }),
  ]).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!loaded) notFound();
  const [conversation, page] = loaded;
  preloadNewestAlbum(page.messages);
  const t = await getTranslations("chat");

  return (
    <ClientMessages namespaces={["common", "composer", "designs", "errors", "orders", "picks", "push", "status"]}>
      <>
        <TopBar
          backHref="/chats"
          leading={<Avatar name={conversation.title} size="sm" />}
          title={conversation.title}
          subtitle={conversation.viewerIsBuyer ? t("supplierSubtitle") : t("buyerOfSubtitle", { business: conversation.businessName })}
          actions={
            <>
              <MuteButton conversationId={conversation.id} initialMuted={conversation.viewerMuted} />
              <Link href={`/chats/${conversation.id}/designs`} prefetch={false} aria-label={t("designsInChat")} title={t("designsInChat")} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
                <CatalogIcon />
              </Link>
              <ConversationMenu conversationId={conversation.id} viewerIsBuyer={conversation.viewerIsBuyer} />
            </>
          }
        />
        <LiveUpdates viewerId={actor.id} since={since} />
        <ReportViewing conversationId={conversation.id} />
        {/* Keyed by conversation: moving to another one starts a fresh timeline and outbox. */}
        <ConversationClient
          key={conversation.id}
          conversationId={conversation.id}
          viewerId={actor.id}
          buyerId={conversation.buyerId}
          businessId={conversation.businessId}
          viewerIsMember={!conversation.viewerIsBuyer}
          // As text, not as objects: React's server and browser sides walk every value of an
          // object prop (20 messages are ~1,500 values); a string passes whole and is parsed once.
          initialJson={JSON.stringify(page)}
          pickDesignId={typeof pick === "string" ? pick.slice(0, 64) : undefined}
          shareBatch={typeof share === "string" ? share.slice(0, 64) : undefined}
          openAtMessageId={typeof m === "string" ? m.slice(0, 64) : undefined}
        />
        <OpenAtPosition />
      </>
    </ClientMessages>
  );
}

/** The newest album's first photo is usually the largest thing on the first screen (what Largest
 * Contentful Paint waits for): announced in the page's head, it loads beside the styles instead of
 * after the body is parsed (lib/messages/first-screen.ts). */
function preloadNewestAlbum(messages: MessageView[]) {
  const photo = newestAlbumOnFirstScreen(messages)?.designs[0]?.photo;
  const key = photo?.thumbWebp ?? photo?.thumbJpeg;
  if (key) preload(`/photos/${key}`, { as: "image", fetchPriority: "high" });
}
