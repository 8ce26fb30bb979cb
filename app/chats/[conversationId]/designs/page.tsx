import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DesignGrid } from "@/components/catalog/DesignGrid";
import { DesignTileLink, firstScreenAt } from "@/components/catalog/DesignTile";
import { buttonClasses } from "@/components/ui/Button";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getConversation } from "@/lib/conversations/get-conversation";
import { listConversationDesigns } from "@/lib/designs/list-conversation-designs";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("catalog"))("conversation.title") };
}

export default async function ConversationDesignsPage({ params, searchParams }: { params: Promise<{ conversationId: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { conversationId } = await params;
  const { cursor } = await searchParams;
  const actor = await requireActor(`/chats/${conversationId}/designs`);
  const loaded = await Promise.all([getConversation(actor, { conversationId }), listConversationDesigns(actor, { conversationId, cursor: cursor || undefined })]).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!loaded) notFound();
  const [conversation, page] = loaded;
  const chatHref = `/chats/${conversation.id}`;
  const t = await getTranslations("catalog.conversation");

  return (
    <>
      <TopBar backHref={chatHref} title={t("title")} subtitle={conversation.viewerIsBuyer ? t("from", { name: conversation.title }) : t("sentTo", { name: conversation.title })} />
      <main className="flex flex-1 flex-col pt-3">
        {page.designs.length ? (
          <>
            <p className="px-4 pb-3 text-sm text-stone-600">
              {conversation.viewerIsBuyer ? t("buyerIntro") : t("supplierIntro")}
            </p>
            <DesignGrid label={t("title")}>
              {page.designs.map((design, index) => (
                <li key={design.id}>
                  <DesignTileLink design={design} href={`/catalog/${design.id}`} first={firstScreenAt(index)} />
                </li>
              ))}
            </DesignGrid>
            <div className="px-4 py-5">
              {page.nextCursor ? (
                <Link prefetch={false} href={`/chats/${conversation.id}/designs?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonClasses("secondary", true)}>
                  {t("older")}
                </Link>
              ) : null}
            </div>
          </>
        ) : (
          <div className="flex flex-col items-center px-8 py-16 text-center">
            <h2 className="text-lg font-semibold">{t("empty")}</h2>
            <p className="mt-1 text-stone-600">
              {conversation.viewerIsBuyer ? t("buyerEmpty") : t("supplierEmpty")}
            </p>
            <Link prefetch={false} href={chatHref} className={`${buttonClasses("primary")} mt-6`}>
              {t("backToChat")}
            </Link>
          </div>
        )}
      </main>
    </>
  );
}
