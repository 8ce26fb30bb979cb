// One search box for everything a person may see: messages (texts and captions), designs (code,
// title, colours) and orders (number, buyer, design codes, LR number), each group newest first.
// The full-text indexes find the ids (search-ids.ts); the rows are then read through Prisma with
// the shared access rules (lib/auth/access.ts) as a second check, so a search can never show a
// row its page would refuse.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo, designVisibleTo, orderVisibleTo } from "@/lib/auth/access";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { photoViewSelect, toPhotoView, type PhotoView } from "@/lib/designs/design-views";
import { getEnv } from "@/lib/env";
import type { OrderStatus } from "@/lib/generated/sqlite/enums";
import { parseInput } from "@/lib/validation";
import { findIdsOnPostgres, findIdsOnSqlite, type FoundIds, type SearchLimits } from "./search-ids";
import { searchTerms, tsQuery } from "./search-terms";

export const searchSchema = z.object({
  q: z.string().trim().min(1, "Type something to search for.").max(80, "Search for up to 80 characters."),
});

export const SEARCH_LIMITS: SearchLimits = { messages: 20, designs: 8, orders: 8 };

export interface MessageHit {
  id: string;
  conversationId: string;
  seq: number;
  body: string;
  createdAt: string;
  authorName: string | null;
  /** The other side, as the chats list names the conversation. */
  conversationTitle: string;
}

export interface DesignHit {
  id: string;
  code: string;
  title: string;
  archived: boolean;
  photo: PhotoView | null;
}

export interface OrderHit {
  id: string;
  number: number;
  status: OrderStatus;
  createdAt: string;
  /** The buyer's name for members; the supplier's for the buyer. */
  party: string;
  lrNumber: string | null;
}

export interface SearchResults {
  messages: MessageHit[];
  designs: DesignHit[];
  orders: OrderHit[];
}

const NOTHING: SearchResults = { messages: [], designs: [], orders: [] };

export async function search(actor: Actor, input: unknown): Promise<SearchResults> {
  const { q } = parseInput(searchSchema, input);
  const terms = searchTerms(q);
  if (terms.length === 0) return NOTHING;
  const found = await findIds(actor.id, terms);
  const [messages, designs, orders] = await Promise.all([readMessages(actor.id, found.messages), readDesigns(actor.id, found.designs), readOrders(actor.id, found.orders)]);
  return { messages, designs, orders };
}

async function findIds(actorId: string, terms: string[]): Promise<FoundIds> {
  const db = getDb();
  const onSqlite = runOnSqliteConnection(db, (connection) => findIdsOnSqlite(connection, actorId, terms, SEARCH_LIMITS));
  if (onSqlite) return onSqlite;
  if (getEnv().provider === "postgres") return findIdsOnPostgres(db, actorId, tsQuery(terms), SEARCH_LIMITS);
  // SQLite before Prisma has opened its connection: one query opens it.
  await db.user.count({ where: { id: actorId } });
  return (await runOnSqliteConnection(db, (connection) => findIdsOnSqlite(connection, actorId, terms, SEARCH_LIMITS))) ?? { messages: [], designs: [], orders: [] };
}

/** Rows in the order the ids came (newest first). */
const inOrder = <T extends { id: string }>(ids: string[], rows: T[]) => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

async function readMessages(actorId: string, ids: string[]): Promise<MessageHit[]> {
  if (!ids.length) return [];
  const rows = await getDb().message.findMany({
    where: { id: { in: ids }, deletedAt: null, conversation: conversationVisibleTo(actorId) },
    select: {
      id: true,
      conversationId: true,
      seq: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      conversation: { select: { buyer: { select: { name: true } }, business: { select: { name: true, members: { where: { userId: actorId }, select: { userId: true } } } } } },
    },
  });
  return inOrder(ids, rows).map((row) => ({
    id: row.id,
    conversationId: row.conversationId,
    seq: row.seq,
    body: row.body ?? "",
    createdAt: row.createdAt.toISOString(),
    authorName: row.author?.name ?? null,
    // The buyer's side (the buyer or a colleague) sees the supplier's name; members, the buyer's.
    conversationTitle: row.conversation.business.members.length ? row.conversation.buyer.name : row.conversation.business.name,
  }));
}

async function readDesigns(actorId: string, ids: string[]): Promise<DesignHit[]> {
  if (!ids.length) return [];
  const rows = await getDb().design.findMany({
    where: { id: { in: ids }, ...designVisibleTo(actorId) },
    select: { id: true, code: true, title: true, archivedAt: true, photos: { orderBy: { position: "asc" }, take: 1, select: photoViewSelect } },
  });
  return inOrder(ids, rows).map((row) => ({ id: row.id, code: row.code, title: row.title, archived: row.archivedAt !== null, photo: row.photos[0] ? toPhotoView(row.photos[0]) : null }));
}

async function readOrders(actorId: string, ids: string[]): Promise<OrderHit[]> {
  if (!ids.length) return [];
  const rows = await getDb().order.findMany({
    where: { id: { in: ids }, ...orderVisibleTo(actorId) },
    select: { id: true, number: true, status: true, createdAt: true, lrNumber: true, buyer: { select: { name: true } }, business: { select: { name: true, members: { where: { userId: actorId }, select: { userId: true } } } } },
  });
  return inOrder(ids, rows).map((row) => ({
    id: row.id,
    number: row.number,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    party: row.business.members.length ? row.buyer.name : row.business.name,
    lrNumber: row.lrNumber,
  }));
}
