// Writes the live event of a new or changed message into the event log, inside the transaction
// that wrote the message: the message as its readers will draw it and the conversation's new list
// line, so an open tab renders from the event and asks the server nothing. The view is built once
// per message, whatever the number of tabs. The caller runs the returned Announce after the commit:
// it hands the event to this process's streams and queues the push notifications (lib/push), which
// are decided and sent off the request path.
import type { Tx } from "@/lib/db";
import { messageViewSelect, toSharedMessageView, type SharedMessageView } from "@/lib/messages/message-view";
import { queueMessagePush } from "@/lib/push/notify-message";
import { audienceOf, audienceSelect } from "./conversation-audience";
import type { ConversationRowUpdate } from "./event-bus";
import { appendEvent } from "./event-log";
import { announceEvents } from "./event-log-reader";
import { readPreviewLine } from "@/lib/i18n/system-line-view";

export interface MessageRef {
  id: string;
  seq: number;
  authorId?: string | null;
  /** Who caused a message without an author (the member whose order change a status line tells). */
  actorId?: string;
}

/** What the writer already knows (the text fast path builds it without a query). */
export interface KnownMessage {
  message: SharedMessageView;
  row: ConversationRowUpdate;
  audience: string[];
}

/** Run after the commit: delivers what the transaction logged. */
export type Announce = () => Promise<void>;

/** For a transaction that turned out to log nothing. */
export const announceNothing: Announce = async () => {};

/** The message's shared view, the conversation's list line and its audience, in one round of reads. */
async function loadMessageEvent(tx: Tx, conversationId: string, ref?: MessageRef): Promise<KnownMessage | null> {
  const [conversation, row] = await Promise.all([
    tx.conversation.findUnique({
      where: { id: conversationId },
      select: { lastSeq: true, lastMessageAt: true, lastMessagePreview: true, lastPreviewLine: true, ...audienceSelect },
    }),
    ref
      ? tx.message.findUnique({ where: { id: ref.id }, select: messageViewSelect })
      : tx.message.findFirst({ where: { conversationId, deletedAt: null }, orderBy: { seq: "desc" }, select: messageViewSelect }),
  ]);
  if (!conversation || !row) return null;
  return {
    message: toSharedMessageView(row),
    row: { preview: conversation.lastMessagePreview, previewLine: readPreviewLine(conversation.lastPreviewLine), lastMessageAt: conversation.lastMessageAt.toISOString(), lastSeq: conversation.lastSeq },
    audience: audienceOf(conversation),
  };
}

/** After the commit of posted messages: delivery here, then push notifications to those away. */
export function announcePosted(posted: { conversationId: string; known: KnownMessage; actorId?: string | null }[]): Announce {
  return async () => {
    if (!posted.length) return;
    await announceEvents();
    for (const { conversationId, known, actorId } of posted) {
      queueMessagePush({ conversationId, message: known.message, audience: known.audience, actorId: actorId ?? known.message.authorId });
    }
  };
}

/** Logs messages posted in this transaction (`ref` names one, else the conversation's newest).
 * Several at once (a broadcast): their views are read first and the rows written last, so the
 * transaction holds PostgreSQL's event lock only for its final statements. */
export async function recordMessagesPosted(tx: Tx, posts: { conversationId: string; ref?: MessageRef }[]): Promise<Announce> {
  const loaded = await Promise.all(posts.map(async (post) => ({ post, known: await loadMessageEvent(tx, post.conversationId, post.ref) })));
  const posted: Parameters<typeof announcePosted>[0] = [];
  for (const { post, known } of loaded) {
    if (!known) continue;
    const { message, row, audience } = known;
    await appendEvent(tx, audience, { type: "message.posted", conversationId: post.conversationId, messageId: message.id, seq: message.seq, authorId: message.authorId, message, row });
    posted.push({ conversationId: post.conversationId, known, actorId: post.ref?.actorId });
  }
  return announcePosted(posted);
}

export function recordMessagePosted(tx: Tx, conversationId: string, ref?: MessageRef): Promise<Announce> {
  return recordMessagesPosted(tx, [{ conversationId, ref }]);
}

/** Logs that a message people may be showing changed (a pick card after its pick changed). */
export async function recordMessageUpdated(tx: Tx, conversationId: string, ref: MessageRef): Promise<Announce> {
  const loaded = await loadMessageEvent(tx, conversationId, ref);
  if (!loaded) return announceNothing;
  const { message, audience } = loaded;
  await appendEvent(tx, audience, { type: "message.updated", conversationId, messageId: message.id, seq: message.seq, authorId: message.authorId, message });
  return () => announceEvents();
}
