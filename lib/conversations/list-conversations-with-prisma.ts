// The chats list's rows through Prisma: the reference implementation (and the path on SQLite
// before the client has connected). The fast paths (list-conversations-on-sqlite.ts,
// list-conversations-on-postgres.ts) must return exactly these rows
// (tests/integration/list-conversations-fast-path.test.ts).
import { businessOfMember, conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { LIST_LIMIT } from "./conversation-search";
import type { ConversationRow } from "./list-conversations";
import { readPreviewLine } from "@/lib/i18n/system-line-view";

/** `labelId`: only conversations carrying that label of a business the viewer is a member of
 * (a buyer, or another business's member, gets none: labels are the business's own). */
export async function listConversationRowsWithPrisma(viewerId: string, limit = LIST_LIMIT, labelId?: string): Promise<ConversationRow[]> {
  const conversations = await getDb().conversation.findMany({
    where: labelId ? { AND: [conversationVisibleTo(viewerId), { labels: { some: { labelId, label: { business: businessOfMember(viewerId) } } } }] } : conversationVisibleTo(viewerId),
    // The id breaks ties so both paths (and two loads of one path) agree on the order.
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      buyerId: true,
      lastSeq: true,
      lastMessageAt: true,
      lastMessagePreview: true,
      lastPreviewLine: true,
      buyer: { select: { name: true } },
      business: { select: { name: true, members: { where: { userId: viewerId }, select: { userId: true } } } },
      readStates: { where: { userId: viewerId }, select: { lastReadSeq: true } },
    },
  });
  return conversations.map((c): ConversationRow => {
    // The buyer's side: the buyer, or a colleague on the buyer's team (never a member of the business).
    const viewerIsBuyer = c.business.members.length === 0;
    return {
      id: c.id,
      title: viewerIsBuyer ? c.business.name : c.buyer.name,
      subtitle: viewerIsBuyer ? null : c.business.name,
      preview: c.lastMessagePreview,
      previewLine: readPreviewLine(c.lastPreviewLine),
      lastMessageAt: c.lastMessageAt,
      lastSeq: c.lastSeq,
      unread: Math.max(0, c.lastSeq - (c.readStates[0]?.lastReadSeq ?? 0)),
      viewerIsBuyer,
    };
  });
}
