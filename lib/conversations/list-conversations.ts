// The home screen: one row per conversation the actor can see, most recent activity first.
// Unread = messages after the actor's read position (sending a message moves it, see
// append-message.ts), so the count needs no per-row query.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/validation";

export const listConversationsSchema = z.object({
  search: z.string().trim().max(80).optional(),
});

export interface ConversationRow {
  id: string;
  /** The other party: the buyer for members, the business for a buyer. */
  title: string;
  subtitle: string | null;
  preview: string | null;
  lastMessageAt: Date;
  /** The newest message's seq: with `unread`, live events keep the row right in the browser. */
  lastSeq: number;
  unread: number;
  viewerIsBuyer: boolean;
}

const LIST_LIMIT = 500;

export async function listConversations(actor: Actor, input: unknown = {}): Promise<ConversationRow[]> {
  const { search } = parseInput(listConversationsSchema, input);
  const conversations = await getDb().conversation.findMany({
    where: conversationVisibleTo(actor.id),
    orderBy: { lastMessageAt: "desc" },
    take: LIST_LIMIT,
    select: {
      id: true,
      buyerId: true,
      lastSeq: true,
      lastMessageAt: true,
      lastMessagePreview: true,
      buyer: { select: { name: true } },
      business: { select: { name: true } },
      readStates: { where: { userId: actor.id }, select: { lastReadSeq: true } },
    },
  });
  const rows = conversations.map((c): ConversationRow => {
    const viewerIsBuyer = c.buyerId === actor.id;
    return {
      id: c.id,
      title: viewerIsBuyer ? c.business.name : c.buyer.name,
      subtitle: viewerIsBuyer ? null : c.business.name,
      preview: c.lastMessagePreview,
      lastMessageAt: c.lastMessageAt,
      lastSeq: c.lastSeq,
      unread: Math.max(0, c.lastSeq - (c.readStates[0]?.lastReadSeq ?? 0)),
      viewerIsBuyer,
    };
  });
  // Names are matched here rather than in SQL so the match is case-insensitive on both
  // providers (SQLite LIKE and PostgreSQL LIKE differ). This searches the newest LIST_LIMIT
  // conversations only; a lowercased name column searched in SQL is the next step.
  if (!search) return rows;
  const needle = search.toLocaleLowerCase();
  return rows.filter((row) => row.title.toLocaleLowerCase().includes(needle));
}
