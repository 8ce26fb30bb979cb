// Tells everyone in a conversation that a message arrived or changed, with the message as they
// will draw it and the conversation's new list line: an open tab renders from the event and asks
// the server nothing. The view is built once per message, whatever the number of tabs. Called
// after the writing transaction has committed. The same moment queues the push notifications
// (lib/push), which are decided and sent off the request path.
import { getDb } from "@/lib/db";
import { messageViewSelect, toSharedMessageView, type SharedMessageView } from "@/lib/messages/message-view";
import { queueMessagePush } from "@/lib/push/notify-message";
import { audienceOf, audienceSelect } from "./conversation-audience";
import { publish, type ConversationRowUpdate } from "./event-bus";

interface PostedRef {
  id: string;
  seq: number;
  authorId?: string | null;
  /** Who caused a message without an author (the member whose order change a status line tells). */
  actorId?: string;
}

/** What the publisher already knows (the text fast path builds it without a query). */
export interface KnownMessage {
  message: SharedMessageView;
  row: ConversationRowUpdate;
  audience: string[];
}

/** The message's shared view, the conversation's list line and its audience, in one round of reads. */
async function loadMessageEvent(conversationId: string, ref?: PostedRef): Promise<KnownMessage | null> {
  const db = getDb();
  const [conversation, row] = await Promise.all([
    db.conversation.findUnique({
      where: { id: conversationId },
      select: { lastSeq: true, lastMessageAt: true, lastMessagePreview: true, ...audienceSelect },
    }),
    ref
      ? db.message.findUnique({ where: { id: ref.id }, select: messageViewSelect })
      : db.message.findFirst({ where: { conversationId, deletedAt: null }, orderBy: { seq: "desc" }, select: messageViewSelect }),
  ]);
  if (!conversation || !row) return null;
  return {
    message: toSharedMessageView(row),
    row: { preview: conversation.lastMessagePreview, lastMessageAt: conversation.lastMessageAt.toISOString(), lastSeq: conversation.lastSeq },
    audience: audienceOf(conversation),
  };
}

/** `message` names the new message (else the conversation's newest); `known` skips the reads. */
export async function publishMessagePosted(conversationId: string, message?: PostedRef, known?: KnownMessage): Promise<void> {
  const loaded = known ?? (await loadMessageEvent(conversationId, message));
  if (!loaded) return;
  const { message: view, row, audience } = loaded;
  publish(audience, { type: "message.posted", conversationId, messageId: view.id, seq: view.seq, authorId: view.authorId, message: view, row });
  queueMessagePush({ conversationId, message: view, audience, actorId: message?.actorId ?? view.authorId });
}

/** Tells everyone in a conversation that a message they may be showing changed. */
export async function publishMessageUpdated(conversationId: string, message: PostedRef): Promise<void> {
  const loaded = await loadMessageEvent(conversationId, message);
  if (!loaded) return;
  const { message: view, audience } = loaded;
  publish(audience, { type: "message.updated", conversationId, messageId: view.id, seq: view.seq, authorId: view.authorId, message: view });
}
