import { notFound } from "next/navigation";
import { ConversationClient } from "@/components/chat/ConversationClient";
import { LiveUpdates } from "@/components/chat/LiveUpdates";
import { MessageTimeline } from "@/components/chat/MessageTimeline";
import { Avatar } from "@/components/ui/Avatar";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getConversation } from "@/lib/conversations/get-conversation";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { AppError } from "@/lib/errors";
import { listMessages } from "@/lib/messages/list-messages";

export const metadata = { title: "Conversation" };

export default async function ConversationPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const { conversationId } = await params;
  const actor = await requireActor(`/chats/${conversationId}`);
  const loaded = await Promise.all([getConversation(actor, { conversationId }), listMessages(actor, { conversationId })]).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID")) return null;
    throw error;
  });
  if (!loaded) notFound();
  const [conversation, messages] = loaded;
  await markConversationRead(actor, { conversationId: conversation.id });

  return (
    <>
      <TopBar backHref="/chats" leading={<Avatar name={conversation.title} size="sm" />} title={conversation.title} subtitle={conversation.subtitle} />
      <LiveUpdates conversationId={conversation.id} viewerId={actor.id} />
      <ConversationClient conversationId={conversation.id} messageCount={messages.length} shownClientIds={messages.flatMap((m) => (m.clientId ? [m.clientId] : []))}>
        {messages.length ? <MessageTimeline messages={messages} buyerId={conversation.buyerId} /> : <p className="p-8 text-center text-stone-600">No messages yet.</p>}
      </ConversationClient>
    </>
  );
}
