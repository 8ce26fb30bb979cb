// listMessages on SQLite as prepared statements on Prisma's own connection (db.ts
// runOnSqliteConnection; post-text-on-sqlite.ts explains why). At most five statements: the
// conversation with its read states, the message rows (with author, pick, order, document and the
// quoted parent joined in), then the albums of those rows, the designs they show and (only when a
// row has some) the photos sent with texts, each batched by a JSON array of ids. An empty catch-up (afterSeq = lastSeq) is the first two. The SQL and the
// nesting are shared with PostgreSQL (message-rows-sql.ts), and the rows go through the Prisma
// path's toMessageView; tests/integration/list-messages-fast-path.test.ts compares the pages.
import { actorTimes } from "@/lib/auth/access";
import { prepareRows } from "@/lib/sqlite-rows";
import type BetterSqlite3 from "better-sqlite3";
import type { ListMessagesQuery } from "./list-messages";
import { countsAsReplySql } from "./reply-rules";
import { MAX_THREAD, modeOf, otherSideOf, viewerReadSeqOf, type MessagePageOutcome } from "./message-page-rules";
import {
  albumRowsSql,
  conversationReadsSql,
  designCardsSql,
  extraDesignIds,
  messagePhotoRowsSql,
  messageRowsSql,
  nestMessageRows,
  readStatesOf,
  type AlbumRow,
  type ConversationReadRow,
  type DesignCardRow,
  type FlatMessageRow,
  type MessagePhotoSqlRow,
} from "./message-rows-sql";
import { toMessageView } from "./message-view";

const inConversation = `m."conversationId" = ?`;
const jsonIds = `SELECT value FROM json_each(?)`;

function statements(connection: BetterSqlite3.Database) {
  const messages = (sql: string) => prepareRows<FlatMessageRow>(connection, sql);
  return {
    conversation: prepareRows<ConversationReadRow>(connection, conversationReadsSql(() => "?", "?")),
    thread: messages(`${messageRowsSql(`${inConversation} AND (m."id" = ? OR (m."parentId" = ? AND ${countsAsReplySql("m")}))`)} ORDER BY m."seq" ASC LIMIT ${MAX_THREAD}`),
    one: messages(messageRowsSql(`${inConversation} AND m."id" = ?`)),
    after: messages(`${messageRowsSql(`${inConversation} AND m."seq" > ?`)} ORDER BY m."seq" ASC LIMIT ?`),
    before: messages(`${messageRowsSql(`${inConversation} AND m."seq" < ?`)} ORDER BY m."seq" DESC LIMIT ?`),
    newest: messages(`${messageRowsSql(inConversation)} ORDER BY m."seq" DESC LIMIT ?`),
    albums: prepareRows<AlbumRow>(connection, albumRowsSql(jsonIds)),
    designs: prepareRows<DesignCardRow>(connection, designCardsSql(jsonIds)),
    photos: prepareRows<MessagePhotoSqlRow>(connection, messagePhotoRowsSql(jsonIds)),
  };
}

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

function nest(q: ReturnType<typeof statements>, flat: FlatMessageRow[]) {
  if (flat.length === 0) return [];
  const ids = JSON.stringify(flat.map((row) => row.id));
  const albums = q.albums.all(ids);
  const designIds = new Set([...albums.map((album) => album.designId), ...extraDesignIds(flat)]);
  const cards = designIds.size === 0 ? [] : (q.designs.all(JSON.stringify([...designIds])));
  const photos = flat.some((row) => row.hasPhotos) ? (q.photos.all(JSON.stringify(flat.filter((row) => row.hasPhotos).map((row) => row.id)))) : [];
  return nestMessageRows(flat, albums, cards, photos);
}

export function listMessagesOnSqlite(connection: BetterSqlite3.Database, viewerId: string, query: ListMessagesQuery): MessagePageOutcome {
  let q = prepared.get(connection);
  if (!q) prepared.set(connection, (q = statements(connection)));
  const sql = q;

  const conversationRows = sql.conversation.all(viewerId, query.conversationId, ...actorTimes(viewerId));
  const conversation = conversationRows[0];
  if (!conversation) return { kind: "no-conversation" };
  const { readStates, viewerIsMember } = readStatesOf(conversationRows);
  const otherSide = otherSideOf(viewerIsMember, readStates);
  const viewerReadSeq = viewerReadSeqOf(viewerId, readStates);
  const page = (flat: FlatMessageRow[], hasOlder: boolean): MessagePageOutcome => ({
    kind: "page",
    page: { messages: nest(sql, flat).map((row) => toMessageView(row, viewerId)), hasOlder, viewerReadSeq, otherSide },
  });

  const id = query.conversationId;
  const mode = modeOf(query, conversation.lastSeq, viewerReadSeq);
  switch (mode.kind) {
    case "thread": {
      const flat = sql.thread.all(id, mode.rootId, mode.rootId);
      if (flat[0]?.id !== mode.rootId) return { kind: "no-thread" };
      return page(flat, false);
    }
    case "one":
      return page(sql.one.all(id, mode.messageId), false);
    case "after":
      return page(sql.after.all(id, mode.afterSeq, mode.limit), true);
    case "before":
    case "newest": {
      const flat = (mode.kind === "before" ? sql.before.all(id, mode.beforeSeq, mode.take + 1) : sql.newest.all(id, mode.take + 1));
      return page(flat.slice(0, mode.take).reverse(), flat.length > mode.take);
    }
  }
}
