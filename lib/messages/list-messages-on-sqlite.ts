// listMessages on SQLite as prepared statements on Prisma's own connection (db.ts
// runOnSqliteConnection; post-text-on-sqlite.ts explains why). At most four statements: the
// conversation with its read states, the message rows (with author, pick, order and the quoted
// parent joined in), then the albums of those rows and the designs they show, each batched by
// a JSON array of ids. An empty catch-up (afterSeq = lastSeq) is the first two. The rows are
// shaped like Prisma's result for messageViewSelect and go through the same toMessageView, so
// the views cannot drift apart; tests/integration/list-messages-fast-path.test.ts compares the
// pages with the Prisma path's.
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleSql } from "@/lib/auth/access";
import type { MessageKind, OrderStatus, PickStatus } from "@/lib/generated/sqlite/enums";
import { fromSqliteDateTime } from "@/lib/sqlite-dates";
import type { ListMessagesQuery } from "./list-messages";
import { MAX_THREAD, modeOf, otherSideOf, viewerReadSeqOf, type MessagePageOutcome, type ReadStateRow } from "./message-page-rules";
import { toMessageView } from "./message-view";

type MessageRow = Parameters<typeof toMessageView>[0];
type DesignRow = MessageRow["designs"][number]["design"];
type SqliteDate = string | number;

interface ConversationReadRow {
  buyerId: string;
  lastSeq: number;
  userId: string | null;
  lastReadSeq: number | null;
  lastDeliveredSeq: number | null;
}

interface FlatMessageRow {
  id: string;
  seq: number;
  kind: MessageKind;
  body: string | null;
  authorId: string | null;
  clientId: string;
  createdAt: SqliteDate;
  replyCount: number;
  authorName: string | null;
  pickId: string | null;
  pickStatus: PickStatus | null;
  pickDesignId: string | null;
  orderId: string | null;
  orderBusinessId: string;
  orderNumber: number;
  orderStatus: OrderStatus;
  orderTotalPaise: number;
  orderPaidPaise: number;
  orderTotalPieces: number;
  parentId: string | null;
  parentSeq: number;
  parentBody: string | null;
  parentDeletedAt: SqliteDate | null;
  parentAuthorId: string | null;
  parentAuthorName: string | null;
  parentDesignCount: number;
  parentFirstDesignId: string | null;
}

interface AlbumRow {
  messageId: string;
  designId: string;
}

interface DesignCardRow {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  placeholder: string | null;
  width: number;
  height: number;
  thumbWebp: string | null;
  thumbJpeg: string | null;
}

const MESSAGE_COLUMNS = `
  SELECT m."id", m."seq", m."kind", m."body", m."authorId", m."clientId", m."createdAt", m."replyCount",
    au."name" AS authorName,
    k."id" AS pickId, k."status" AS pickStatus, k."designId" AS pickDesignId,
    o."id" AS orderId, o."businessId" AS orderBusinessId, o."number" AS orderNumber, o."status" AS orderStatus,
    o."totalPaise" AS orderTotalPaise, o."paidPaise" AS orderPaidPaise, o."totalPieces" AS orderTotalPieces,
    p."id" AS parentId, p."seq" AS parentSeq, p."body" AS parentBody, p."deletedAt" AS parentDeletedAt,
    p."authorId" AS parentAuthorId, pa."name" AS parentAuthorName,
    CASE WHEN p."id" IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM "MessageDesign" pd WHERE pd."messageId" = p."id") END AS parentDesignCount,
    CASE WHEN p."id" IS NULL THEN NULL ELSE (SELECT pd."designId" FROM "MessageDesign" pd WHERE pd."messageId" = p."id" ORDER BY pd."position" LIMIT 1) END AS parentFirstDesignId
  FROM "Message" m
  LEFT JOIN "User" au ON au."id" = m."authorId"
  LEFT JOIN "Pick" k ON k."messageId" = m."id"
  LEFT JOIN "Order" o ON o."id" = m."orderId"
  LEFT JOIN "Message" p ON p."id" = m."parentId"
  LEFT JOIN "User" pa ON pa."id" = p."authorId"
  WHERE m."conversationId" = ? AND m."deletedAt" IS NULL`;

function statements(connection: BetterSqlite3.Database) {
  // Plain numbers: Prisma's connection defaults to BigInt, and every integer here is small.
  const prepare = (sql: string) => connection.prepare(sql).safeIntegers(false);
  return {
    conversation: prepare(
      `SELECT c."buyerId" AS buyerId, c."lastSeq" AS lastSeq, r."userId" AS userId, r."lastReadSeq" AS lastReadSeq, r."lastDeliveredSeq" AS lastDeliveredSeq
       FROM "Conversation" c LEFT JOIN "ReadState" r ON r."conversationId" = c."id"
       WHERE c."id" = ? AND ${conversationVisibleSql("c").sql}`,
    ),
    thread: prepare(`${MESSAGE_COLUMNS} AND (m."id" = ? OR m."parentId" = ?) ORDER BY m."seq" ASC LIMIT ${MAX_THREAD}`),
    one: prepare(`${MESSAGE_COLUMNS} AND m."id" = ?`),
    after: prepare(`${MESSAGE_COLUMNS} AND m."seq" > ? ORDER BY m."seq" ASC LIMIT ?`),
    before: prepare(`${MESSAGE_COLUMNS} AND m."seq" < ? ORDER BY m."seq" DESC LIMIT ?`),
    newest: prepare(`${MESSAGE_COLUMNS} ORDER BY m."seq" DESC LIMIT ?`),
    albums: prepare(
      `SELECT "messageId", "designId" FROM "MessageDesign" WHERE "messageId" IN (SELECT value FROM json_each(?)) ORDER BY "messageId", "position"`,
    ),
    // Each design with its first photo (by position) and that photo's two thumbnails.
    designs: prepare(
      `SELECT d."id", d."code", d."title", d."pricePerPiecePaise", ph."placeholder", ph."width", ph."height",
         (SELECT v."storageKey" FROM "PhotoVariant" v WHERE v."photoId" = ph."id" AND v."kind" = 'THUMB' AND v."format" = 'webp') AS thumbWebp,
         (SELECT v."storageKey" FROM "PhotoVariant" v WHERE v."photoId" = ph."id" AND v."kind" = 'THUMB' AND v."format" = 'jpeg') AS thumbJpeg
       FROM "Design" d
       LEFT JOIN "DesignPhoto" ph ON ph."id" = (SELECT p1."id" FROM "DesignPhoto" p1 WHERE p1."designId" = d."id" ORDER BY p1."position" LIMIT 1)
       WHERE d."id" IN (SELECT value FROM json_each(?))`,
    ),
  };
}

const prepared = new WeakMap<BetterSqlite3.Database, ReturnType<typeof statements>>();

function designRowOf(card: DesignCardRow): DesignRow {
  const variants = [
    ...(card.thumbWebp === null ? [] : [{ format: "webp", storageKey: card.thumbWebp }]),
    ...(card.thumbJpeg === null ? [] : [{ format: "jpeg", storageKey: card.thumbJpeg }]),
  ];
  const photos = card.placeholder === null ? [] : [{ placeholder: card.placeholder, width: card.width, height: card.height, variants }];
  return { id: card.id, code: card.code, title: card.title, pricePerPiecePaise: card.pricePerPiecePaise, photos };
}

/** The flat rows joined back into the nested shape of Prisma's messageViewSelect result. */
function nestRows(q: ReturnType<typeof statements>, flat: FlatMessageRow[]): MessageRow[] {
  const albums = flat.length === 0 ? [] : (q.albums.all(JSON.stringify(flat.map((row) => row.id))) as AlbumRow[]);
  const designIds = new Set<string>(albums.map((album) => album.designId));
  for (const row of flat) {
    if (row.pickDesignId) designIds.add(row.pickDesignId);
    if (row.parentFirstDesignId) designIds.add(row.parentFirstDesignId);
  }
  const designs = new Map<string, DesignRow>();
  if (designIds.size > 0) for (const card of q.designs.all(JSON.stringify([...designIds])) as DesignCardRow[]) designs.set(card.id, designRowOf(card));
  const albumOf = new Map<string, { design: DesignRow }[]>();
  for (const { messageId, designId } of albums) {
    const design = designs.get(designId);
    if (design) albumOf.set(messageId, [...(albumOf.get(messageId) ?? []), { design }]);
  }
  const design = (id: string | null) => (id ? designs.get(id) : undefined);

  return flat.map((row): MessageRow => {
    const pickDesign = design(row.pickDesignId);
    const parentFirst = design(row.parentFirstDesignId);
    return {
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      body: row.body,
      authorId: row.authorId,
      clientId: row.clientId,
      createdAt: fromSqliteDateTime(row.createdAt),
      replyCount: row.replyCount,
      author: row.authorId && row.authorName !== null ? { name: row.authorName } : null,
      designs: albumOf.get(row.id) ?? [],
      pick: row.pickId && row.pickStatus && pickDesign ? { id: row.pickId, status: row.pickStatus, design: pickDesign } : null,
      order: row.orderId
        ? { id: row.orderId, businessId: row.orderBusinessId, number: row.orderNumber, status: row.orderStatus, totalPaise: row.orderTotalPaise, paidPaise: row.orderPaidPaise, totalPieces: row.orderTotalPieces }
        : null,
      parent: row.parentId
        ? {
            id: row.parentId,
            seq: row.parentSeq,
            body: row.parentBody,
            deletedAt: row.parentDeletedAt === null ? null : fromSqliteDateTime(row.parentDeletedAt),
            author: row.parentAuthorId && row.parentAuthorName !== null ? { name: row.parentAuthorName } : null,
            designs: parentFirst ? [{ design: parentFirst }] : [],
            _count: { designs: row.parentDesignCount },
          }
        : null,
    };
  });
}

export function listMessagesOnSqlite(connection: BetterSqlite3.Database, viewerId: string, query: ListMessagesQuery): MessagePageOutcome {
  let q = prepared.get(connection);
  if (!q) prepared.set(connection, (q = statements(connection)));
  const sql = q;

  const conversationRows = sql.conversation.all(query.conversationId, viewerId, viewerId) as ConversationReadRow[];
  const conversation = conversationRows[0];
  if (!conversation) return { kind: "no-conversation" };
  const readStates: ReadStateRow[] = conversationRows.flatMap((r) =>
    r.userId === null ? [] : [{ userId: r.userId, lastReadSeq: r.lastReadSeq ?? 0, lastDeliveredSeq: r.lastDeliveredSeq ?? 0 }],
  );
  const otherSide = otherSideOf(viewerId, conversation.buyerId, readStates);
  const viewerReadSeq = viewerReadSeqOf(viewerId, readStates);
  const page = (flat: FlatMessageRow[], hasOlder: boolean): MessagePageOutcome => ({
    kind: "page",
    page: { messages: nestRows(sql, flat).map((row) => toMessageView(row, viewerId)), hasOlder, viewerReadSeq, otherSide },
  });

  const id = query.conversationId;
  const mode = modeOf(query, conversation.lastSeq, viewerReadSeq);
  switch (mode.kind) {
    case "thread": {
      const flat = sql.thread.all(id, mode.rootId, mode.rootId) as FlatMessageRow[];
      if (flat[0]?.id !== mode.rootId) return { kind: "no-thread" };
      return page(flat, false);
    }
    case "one":
      return page(sql.one.all(id, mode.messageId) as FlatMessageRow[], false);
    case "after":
      return page(sql.after.all(id, mode.afterSeq, mode.limit) as FlatMessageRow[], true);
    case "before":
    case "newest": {
      const flat = (mode.kind === "before" ? sql.before.all(id, mode.beforeSeq, mode.take + 1) : sql.newest.all(id, mode.take + 1)) as FlatMessageRow[];
      return page(flat.slice(0, mode.take).reverse(), flat.length > mode.take);
    }
  }
}
