// listMessages through Prisma: the reference implementation (and the path on SQLite before the
// client has connected). The SQLite and PostgreSQL fast paths
// (list-messages-on-sqlite.ts, list-messages-on-postgres.ts) must return exactly what this returns
// (tests/integration/list-messages-fast-path.test.ts).
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import type { ListMessagesQuery } from "./list-messages";
import { MAX_THREAD, modeOf, otherSideOf, viewerReadSeqOf, type MessagePageOutcome } from "./message-page-rules";
import { messageViewSelect, toMessageView } from "./message-view";
import { countsAsReplyWhere } from "./reply-rules";

export async function listMessagesWithPrisma(viewerId: string, query: ListMessagesQuery): Promise<MessagePageOutcome> {
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: query.conversationId, ...conversationVisibleTo(viewerId) },
    select: {
      id: true,
      buyerId: true,
      lastSeq: true,
      business: { select: { members: { select: { userId: true } } } },
      readStates: { select: { userId: true, lastReadSeq: true, lastDeliveredSeq: true } },
    },
  });
  if (!conversation) return { kind: "no-conversation" };

  const members = new Set(conversation.business.members.map((m) => m.userId));
  const readStates = conversation.readStates.map((r) => ({ ...r, member: members.has(r.userId) }));
  const otherSide = otherSideOf(members.has(viewerId), readStates);
  const viewerReadSeq = viewerReadSeqOf(viewerId, readStates);
  const base = { conversationId: conversation.id, deletedAt: null };
  const page = (rows: Parameters<typeof toMessageView>[0][], hasOlder: boolean): MessagePageOutcome => ({
    kind: "page",
    page: { messages: rows.map((row) => toMessageView(row, viewerId)), hasOlder, viewerReadSeq, otherSide },
  });

  const mode = modeOf(query, conversation.lastSeq, viewerReadSeq);
  switch (mode.kind) {
    case "thread": {
      const rows = await db.message.findMany({
        where: { ...base, OR: [{ id: mode.rootId }, { parentId: mode.rootId, ...countsAsReplyWhere }] },
        orderBy: { seq: "asc" },
        take: MAX_THREAD,
        select: messageViewSelect,
      });
      if (rows[0]?.id !== mode.rootId) return { kind: "no-thread" };
      return page(rows, false);
    }
    case "one":
      return page(await db.message.findMany({ where: { ...base, id: mode.messageId }, select: messageViewSelect }), false);
    case "after":
      return page(await db.message.findMany({ where: { ...base, seq: { gt: mode.afterSeq } }, orderBy: { seq: "asc" }, take: mode.limit, select: messageViewSelect }), true);
    case "before":
    case "newest": {
      const rows = await db.message.findMany({
        where: { ...base, ...(mode.kind === "before" ? { seq: { lt: mode.beforeSeq } } : {}) },
        orderBy: { seq: "desc" },
        take: mode.take + 1, // one extra tells whether there is an older page
        select: messageViewSelect,
      });
      return page(rows.slice(0, mode.take).reverse(), rows.length > mode.take);
    }
  }
}
