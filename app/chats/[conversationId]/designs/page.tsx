import Link from "next/link";
import { notFound } from "next/navigation";
import { DesignGrid } from "@/components/catalog/DesignGrid";
import { DesignTileLink } from "@/components/catalog/DesignTile";
import { buttonClasses } from "@/components/ui/Button";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getConversation } from "@/lib/conversations/get-conversation";
import { listConversationDesigns } from "@/lib/designs/list-conversation-designs";
import { AppError } from "@/lib/errors";

export const metadata = { title: "Designs" };

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

  return (
    <>
      <TopBar backHref={chatHref} title="Designs" subtitle={conversation.viewerIsBuyer ? `From ${conversation.title}` : `Sent to ${conversation.title}`} />
      <main className="flex flex-1 flex-col pt-3">
        {page.designs.length ? (
          <>
            <p className="px-4 pb-3 text-sm text-stone-600">
              {conversation.viewerIsBuyer ? "Every design posted in this chat. Tap one to see all its photos and pick it." : "Every design posted in this chat that is still in the catalog."}
            </p>
            <DesignGrid label="Designs">
              {page.designs.map((design) => (
                <li key={design.id}>
                  <DesignTileLink design={design} href={`/catalog/${design.id}`} />
                </li>
              ))}
            </DesignGrid>
            <div className="px-4 py-5">
              {page.nextCursor ? (
                <Link href={`/chats/${conversation.id}/designs?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonClasses("secondary", true)}>
                  Older designs
                </Link>
              ) : null}
            </div>
          </>
        ) : (
          <div className="flex flex-col items-center px-8 py-16 text-center">
            <h2 className="text-lg font-semibold">No designs here yet</h2>
            <p className="mt-1 text-stone-600">
              {conversation.viewerIsBuyer ? "When the supplier posts photos of designs in your chat, they collect here." : "Designs you post in this chat collect here."}
            </p>
            <Link href={chatHref} className={`${buttonClasses("primary")} mt-6`}>
              Back to the chat
            </Link>
          </div>
        )}
      </main>
    </>
  );
}
