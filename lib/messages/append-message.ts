// Appends a message to a conversation inside a transaction: takes the next seq, writes the
// message and refreshes the conversation's list preview. Every writer of messages goes through
// here so seqs stay gapless and the conversation list stays right.
import type { Tx } from "@/lib/db";
import type { MessageKind } from "@/lib/generated/sqlite/enums";
import { countsAsReply } from "./reply-rules";
import type { SystemLineText } from "@/lib/i18n/system-line";
import type { SystemLineView } from "@/lib/i18n/system-line-view";

export interface NewMessage {
  conversationId: string;
  authorId: string | null;
  kind: MessageKind;
  body?: string | null;
  clientId: string;
  parentId?: string | null;
  orderId?: string | null;
  broadcastId?: string | null;
  /** Extra data of system lines (which order transition, ...); plain JSON. */
  meta?: Record<string, unknown> | null;
  /** The conversation list's line for this message ("📷 4 designs", the text, ...). */
  preview: string;
  /** The preview's message key when it is the app's words (a system line, "📷 4 designs"), so the
   * chats list says it in each reader's language; none for people's own words. */
  previewLine?: SystemLineView | null;
  createdAt?: Date;
}

export async function appendMessage(tx: Tx, message: NewMessage) {
  const createdAt = message.createdAt ?? new Date();
  // The increment is the row lock that serialises concurrent writers of one conversation.
  const conversation = await tx.conversation.update({
    where: { id: message.conversationId },
    data: {
      lastSeq: { increment: 1 },
      lastMessageAt: createdAt,
      // Cut by code point, so an emoji is never split in half.
      lastMessagePreview: Array.from(message.preview).slice(0, 120).join(""),
      lastPreviewLine: message.previewLine ? JSON.stringify(message.previewLine) : null,
    },
    select: { lastSeq: true },
  });
  const created = await tx.message.create({
    data: {
      conversationId: message.conversationId,
      seq: conversation.lastSeq,
      authorId: message.authorId,
      kind: message.kind,
      body: message.body ?? null,
      clientId: message.clientId,
      parentId: message.parentId ?? null,
      orderId: message.orderId ?? null,
      broadcastId: message.broadcastId ?? null,
      ...(message.meta ? { meta: message.meta as object } : {}),
      createdAt,
    },
  });
  if (message.parentId && countsAsReply(message.kind)) {
    await tx.message.update({ where: { id: message.parentId }, data: { replyCount: { increment: 1 } } });
  }
  if (message.authorId) {
    // Writing a message means having read everything up to it.
    await tx.readState.upsert({
      where: { conversationId_userId: { conversationId: message.conversationId, userId: message.authorId } },
      create: { conversationId: message.conversationId, userId: message.authorId, lastReadSeq: created.seq, lastDeliveredSeq: created.seq },
      update: { lastReadSeq: created.seq, lastDeliveredSeq: created.seq },
    });
  }
  return created;
}

/** A system line ("Order #1001 accepted by Priya"): no author; its English text is its body and
 * list preview, its key (meta.line) lets each reader's screen say it in their language. */
export function appendSystemLine(tx: Tx, input: { conversationId: string; said: SystemLineText; clientId: string; orderId?: string | null; meta?: Record<string, unknown> | null }) {
  const { said, meta, ...rest } = input;
  return appendMessage(tx, { ...rest, authorId: null, kind: "SYSTEM", body: said.text, preview: said.text, previewLine: said.line, meta: { ...meta, line: said.line } });
}
