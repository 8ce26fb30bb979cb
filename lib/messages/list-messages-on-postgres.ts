// listMessages on PostgreSQL in two raw queries instead of Prisma's several per nested select:
// the conversation with its read states, then one query that returns the page's message rows,
// their albums and the designs they show as three JSON arrays. The SQL and the nesting are the
// SQLite path's (message-rows-sql.ts); tests/integration/list-messages-fast-path.test.ts compares
// the pages with the Prisma path's on PostgreSQL.
import { actorTimes } from "@/lib/auth/access";
import type { Db } from "@/lib/db";
import type { ListMessagesQuery } from "./list-messages";
import { countsAsReplySql } from "./reply-rules";
import { MAX_THREAD, modeOf, otherSideOf, viewerReadSeqOf, type MessagePageOutcome, type MessagesMode } from "./message-page-rules";
import {
  albumRowsSql,
  conversationReadsSql,
  designCardsSql,
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

const placeholder = (n: number) => `$${n}`;
const conversationReads = conversationReadsSql(placeholder, "$2");

/** The rows of a mode: its WHERE, its order and its limit, with the parameters after the conversation id ($1). */
function rowsOf(mode: MessagesMode): { where: string; order: "ASC" | "DESC"; limit: string; params: (string | number)[] } {
  const inConversation = `m."conversationId" = $1`;
  switch (mode.kind) {
    case "thread":
      return { where: `${inConversation} AND (m."id" = $2 OR (m."parentId" = $2 AND ${countsAsReplySql("m")}))`, order: "ASC", limit: String(MAX_THREAD), params: [mode.rootId] };
    case "one":
      return { where: `${inConversation} AND m."id" = $2`, order: "ASC", limit: "1", params: [mode.messageId] };
    case "after":
      return { where: `${inConversation} AND m."seq" > $2`, order: "ASC", limit: "$3", params: [mode.afterSeq, mode.limit] };
    case "before":
      return { where: `${inConversation} AND m."seq" < $2`, order: "DESC", limit: "$3", params: [mode.beforeSeq, mode.take + 1] };
    case "newest":
      return { where: inConversation, order: "DESC", limit: "$2", params: [mode.take + 1] };
  }
}

function pageSql(where: string, order: "ASC" | "DESC", limit: string): string {
  return `WITH page_rows AS (${messageRowsSql(where)} ORDER BY m."seq" ${order} LIMIT ${limit}),
    page_albums AS (${albumRowsSql(`SELECT "id" FROM page_rows`)}),
    page_photos AS (${messagePhotoRowsSql(`SELECT "id" FROM page_rows`)}),
    page_designs AS (${designCardsSql(`SELECT "designId" FROM page_albums UNION SELECT "pickDesignId" FROM page_rows UNION SELECT "parentFirstDesignId" FROM page_rows`)})
    SELECT COALESCE((SELECT json_agg(r ORDER BY r."seq" ${order}) FROM page_rows r), '[]'::json) AS "rows",
      COALESCE((SELECT json_agg(a ORDER BY a."messageId", a."position") FROM page_albums a), '[]'::json) AS "albums",
      COALESCE((SELECT json_agg(d) FROM page_designs d), '[]'::json) AS "designs",
      COALESCE((SELECT json_agg(ph) FROM page_photos ph), '[]'::json) AS "photos"`;
}

interface PageJson {
  rows: FlatMessageRow[] | string;
  albums: AlbumRow[] | string;
  designs: DesignCardRow[] | string;
  photos: MessagePhotoSqlRow[] | string;
}

/** Prisma hands JSON columns of raw queries back parsed; a string would be the JSON text. */
function parsed<T>(value: T[] | string): T[] {
  return typeof value === "string" ? (JSON.parse(value) as T[]) : value;
}

export async function listMessagesOnPostgres(db: Db, viewerId: string, query: ListMessagesQuery): Promise<MessagePageOutcome> {
  const conversationRows = await db.$queryRawUnsafe<ConversationReadRow[]>(conversationReads, query.conversationId, ...actorTimes(viewerId));
  const conversation = conversationRows[0];
  if (!conversation) return { kind: "no-conversation" };
  const { readStates, viewerIsMember } = readStatesOf(conversationRows);
  const otherSide = otherSideOf(viewerIsMember, readStates);
  const viewerReadSeq = viewerReadSeqOf(viewerId, readStates);

  const mode = modeOf(query, conversation.lastSeq, viewerReadSeq);
  const { where, order, limit, params } = rowsOf(mode);
  const [result] = await db.$queryRawUnsafe<PageJson[]>(pageSql(where, order, limit), query.conversationId, ...params);
  const flat = parsed(result?.rows ?? []);
  const nested = nestMessageRows(flat, parsed(result?.albums ?? []), parsed(result?.designs ?? []), parsed(result?.photos ?? []));
  const page = (rows: typeof nested, hasOlder: boolean): MessagePageOutcome => ({
    kind: "page",
    page: { messages: rows.map((row) => toMessageView(row, viewerId)), hasOlder, viewerReadSeq, otherSide },
  });

  switch (mode.kind) {
    case "thread":
      return nested[0]?.id === mode.rootId ? page(nested, false) : { kind: "no-thread" };
    case "one":
    case "after":
      return page(nested, mode.kind === "after");
    case "before":
    case "newest":
      return page(nested.slice(0, mode.take).reverse(), nested.length > mode.take);
  }
}
