// Pages of a conversation's messages, oldest first:
// - no cursor: the newest page, made long enough to start at the viewer's first unread message;
// - beforeSeq: the page before a seq (scrolling up);
// - afterSeq: everything after a seq (catching up after a new-message event or a reconnect);
// - threadOf: one message and all of its replies (the thread panel);
// - messageId: one message again (it changed: a pick card after an edit).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { messageViewSelect, toMessageView, type MessageView } from "./message-view";

export const listMessagesSchema = z.object({
  conversationId: idSchema,
  beforeSeq: z.coerce.number().int().positive().optional(),
  afterSeq: z.coerce.number().int().min(0).optional(),
  threadOf: idSchema.optional(),
  messageId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** How far the other side has got: the viewer's own messages up to these seqs are delivered / read. */
export interface OtherSideProgress {
  deliveredSeq: number;
  readSeq: number;
}

export interface MessagePage {
  messages: MessageView[];
  /** More messages exist before the first one returned. */
  hasOlder: boolean;
  /** The viewer's read position when the page was loaded: the first unread message follows it. */
  viewerReadSeq: number;
  otherSide: OtherSideProgress;
}

/** The longest first page: 200 unread messages is already "start from the top of the day". */
const MAX_FIRST_PAGE = 200;
const MAX_THREAD = 300;

export async function listMessages(actor: Actor, input: unknown): Promise<MessagePage> {
  const { conversationId, beforeSeq, afterSeq, threadOf, messageId, limit } = parseInput(listMessagesSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, buyerId: true, lastSeq: true, readStates: { select: { userId: true, lastReadSeq: true, lastDeliveredSeq: true } } },
  });
  if (!conversation) throw notFound("That conversation");

  // The other side: the buyer for members; any member of the business for the buyer.
  const viewerIsBuyer = conversation.buyerId === actor.id;
  const others = conversation.readStates.filter((r) => (viewerIsBuyer ? r.userId !== actor.id : r.userId === conversation.buyerId));
  const otherSide = {
    deliveredSeq: Math.max(0, ...others.map((r) => Math.max(r.lastDeliveredSeq, r.lastReadSeq))),
    readSeq: Math.max(0, ...others.map((r) => r.lastReadSeq)),
  };
  const viewerReadSeq = conversation.readStates.find((r) => r.userId === actor.id)?.lastReadSeq ?? 0;
  const base = { conversationId: conversation.id, deletedAt: null };

  if (threadOf) {
    const rows = await db.message.findMany({
      where: { ...base, OR: [{ id: threadOf }, { parentId: threadOf }] },
      orderBy: { seq: "asc" },
      take: MAX_THREAD,
      select: messageViewSelect,
    });
    if (rows[0]?.id !== threadOf) throw notFound("That message");
    return { messages: rows.map((row) => toMessageView(row, actor.id)), hasOlder: false, viewerReadSeq, otherSide };
  }

  if (messageId) {
    const rows = await db.message.findMany({ where: { ...base, id: messageId }, select: messageViewSelect });
    return { messages: rows.map((row) => toMessageView(row, actor.id)), hasOlder: false, viewerReadSeq, otherSide };
  }

  if (afterSeq !== undefined) {
    const rows = await db.message.findMany({ where: { ...base, seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, take: limit, select: messageViewSelect });
    return { messages: rows.map((row) => toMessageView(row, actor.id)), hasOlder: true, viewerReadSeq, otherSide };
  }

  const unread = Math.max(0, conversation.lastSeq - viewerReadSeq);
  const take = beforeSeq ? limit : Math.min(MAX_FIRST_PAGE, Math.max(limit, unread + 10));
  const rows = await db.message.findMany({
    where: { ...base, ...(beforeSeq ? { seq: { lt: beforeSeq } } : {}) },
    orderBy: { seq: "desc" },
    take: take + 1, // one extra tells whether there is an older page
    select: messageViewSelect,
  });
  const hasOlder = rows.length > take;
  return { messages: rows.slice(0, take).reverse().map((row) => toMessageView(row, actor.id)), hasOlder, viewerReadSeq, otherSide };
}
