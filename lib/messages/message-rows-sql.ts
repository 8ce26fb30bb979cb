// The SQL of the fast message reads, shared by SQLite (list-messages-on-sqlite.ts) and PostgreSQL
// (list-messages-on-postgres.ts), and the one function that turns its flat rows into the nested
// shape of Prisma's messageViewSelect result, so both go through the same toMessageView as the
// Prisma path. Aliases are quoted: PostgreSQL would fold them to lower case.
import { conversationVisibleSql } from "@/lib/auth/access";
import type { MessageKind, OrderStatus, PickStatus } from "@/lib/generated/sqlite/enums";
import { fromDbDateTime } from "@/lib/db-dates";
import type { ReadStateRow } from "./message-page-rules";
import type { MessagePhotoView, toMessageView } from "./message-view";

export type MessageRow = Parameters<typeof toMessageView>[0];
type DesignRow = MessageRow["designs"][number]["design"];
type StoredDate = string | number;

/** The conversation once per read state (one row with null read columns when there is none). */
export interface ConversationReadRow {
  buyerId: string;
  lastSeq: number;
  userId: string | null;
  lastReadSeq: number | null;
  lastDeliveredSeq: number | null;
  /** Whether the read state's person is a member of the business (else on the buyer's side). */
  readerIsMember: number | boolean | null;
  /** Whether the viewer is a member of the business (else the buyer or a colleague of theirs). */
  viewerIsMember: number | boolean;
}

export interface FlatMessageRow {
  id: string;
  seq: number;
  kind: MessageKind;
  body: string | null;
  authorId: string | null;
  clientId: string;
  createdAt: StoredDate;
  replyCount: number;
  /** JSON text on SQLite, an object on PostgreSQL: readSystemLine takes either. */
  meta: unknown;
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
  orderBilledPaise: number | null;
  orderTotalPieces: number;
  parentId: string | null;
  parentSeq: number;
  parentBody: string | null;
  parentDeletedAt: StoredDate | null;
  parentAuthorId: string | null;
  parentAuthorName: string | null;
  parentDesignCount: number;
  parentFirstDesignId: string | null;
  parentPhotoCount: number;
  parentDocumentName: string | null;
  /** 1 when photos were sent with the message: their statement runs only for pages that have some. */
  hasPhotos: number | boolean;
  documentId: string | null;
  documentName: string;
  documentPages: number;
  documentBytes: number;
  documentKey: string;
  documentThumbKey: string | null;
  documentThumbWidth: number | null;
  documentThumbHeight: number | null;
}

/** A photo sent with a message, with its thumbnail and screen keys: its view, and whose it is. */
export type MessagePhotoSqlRow = MessagePhotoView & { messageId: string };

export interface AlbumRow {
  messageId: string;
  designId: string;
}

/** A design with its first photo (by position) and that photo's two thumbnails. */
export interface DesignCardRow {
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

/** The read states of a conversation's rows, each marked by side, and the viewer's side. */
export function readStatesOf(rows: ConversationReadRow[]): { readStates: ReadStateRow[]; viewerIsMember: boolean } {
  const readStates = rows.flatMap((r) =>
    r.userId === null ? [] : [{ userId: r.userId, lastReadSeq: r.lastReadSeq ?? 0, lastDeliveredSeq: r.lastDeliveredSeq ?? 0, member: Boolean(Number(r.readerIsMember)) }],
  );
  return { readStates, viewerIsMember: Boolean(Number(rows[0]?.viewerIsMember)) };
}

/** Positional parameters: SQLite's `?`, or PostgreSQL's `$n`. */
export type Placeholder = (n: number) => string;

/** Parameters: the viewer's id (`viewer`: SQLite's first `?`; on PostgreSQL reuse the actor's $2),
 * the conversation id, then the actor's id `actorIdParams` times (numbered from 2). */
export function conversationReadsSql(placeholder: Placeholder, viewer: string): string {
  const visible = conversationVisibleSql("c", (n) => placeholder(n + 1));
  const memberOfBusiness = (userId: string) => `EXISTS (SELECT 1 FROM "Membership" bm WHERE bm."businessId" = c."businessId" AND bm."userId" = ${userId})`;
  return `SELECT c."buyerId" AS "buyerId", c."lastSeq" AS "lastSeq", r."userId" AS "userId", r."lastReadSeq" AS "lastReadSeq", r."lastDeliveredSeq" AS "lastDeliveredSeq",
      ${memberOfBusiness(viewer)} AS "viewerIsMember",
      CASE WHEN r."userId" IS NULL THEN NULL ELSE ${memberOfBusiness(`r."userId"`)} END AS "readerIsMember"
    FROM "Conversation" c LEFT JOIN "ReadState" r ON r."conversationId" = c."id"
    WHERE c."id" = ${placeholder(1)} AND ${visible.sql}`;
}

/** The live messages of a conversation matching `where` (which may use the alias m), as FlatMessageRow. */
export function messageRowsSql(where: string): string {
  return `SELECT m."id" AS "id", m."seq" AS "seq", m."kind" AS "kind", m."body" AS "body", m."authorId" AS "authorId", m."clientId" AS "clientId",
      m."createdAt" AS "createdAt", m."replyCount" AS "replyCount", m."meta" AS "meta", au."name" AS "authorName",
      k."id" AS "pickId", k."status" AS "pickStatus", k."designId" AS "pickDesignId",
      o."id" AS "orderId", o."businessId" AS "orderBusinessId", o."number" AS "orderNumber", o."status" AS "orderStatus",
      o."totalPaise" AS "orderTotalPaise", o."paidPaise" AS "orderPaidPaise", o."billedPaise" AS "orderBilledPaise", o."totalPieces" AS "orderTotalPieces",
      p."id" AS "parentId", p."seq" AS "parentSeq", p."body" AS "parentBody", p."deletedAt" AS "parentDeletedAt",
      p."authorId" AS "parentAuthorId", pa."name" AS "parentAuthorName",
      CASE WHEN p."id" IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM "MessageDesign" pd WHERE pd."messageId" = p."id") END AS "parentDesignCount",
      CASE WHEN p."id" IS NULL THEN NULL ELSE (SELECT pd."designId" FROM "MessageDesign" pd WHERE pd."messageId" = p."id" ORDER BY pd."position" LIMIT 1) END AS "parentFirstDesignId",
      CASE WHEN p."id" IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM "MessagePhoto" pp WHERE pp."messageId" = p."id") END AS "parentPhotoCount",
      CASE WHEN p."id" IS NULL THEN NULL ELSE (SELECT pdoc."name" FROM "Document" pdoc WHERE pdoc."messageId" = p."id") END AS "parentDocumentName",
      EXISTS (SELECT 1 FROM "MessagePhoto" mp WHERE mp."messageId" = m."id") AS "hasPhotos",
      doc."id" AS "documentId", doc."name" AS "documentName", doc."pages" AS "documentPages", doc."bytes" AS "documentBytes", doc."storageKey" AS "documentKey",
      doc."thumbKey" AS "documentThumbKey", doc."thumbWidth" AS "documentThumbWidth", doc."thumbHeight" AS "documentThumbHeight"
    FROM "Message" m
    LEFT JOIN "User" au ON au."id" = m."authorId"
    LEFT JOIN "Pick" k ON k."messageId" = m."id"
    LEFT JOIN "Order" o ON o."id" = m."orderId"
    LEFT JOIN "Message" p ON p."id" = m."parentId"
    LEFT JOIN "User" pa ON pa."id" = p."authorId"
    LEFT JOIN "Document" doc ON doc."messageId" = m."id"
    WHERE m."deletedAt" IS NULL AND ${where}`;
}

/** The albums of the messages whose ids `messageIds` selects, in album order. */
export function albumRowsSql(messageIds: string): string {
  return `SELECT md."messageId" AS "messageId", md."designId" AS "designId", md."position" AS "position" FROM "MessageDesign" md WHERE md."messageId" IN (${messageIds}) ORDER BY md."messageId", md."position"`;
}

/** The photos sent with the messages whose ids `messageIds` selects, in order. */
export function messagePhotoRowsSql(messageIds: string): string {
  const variant = (kind: string, format: string) =>
    `(SELECT v."storageKey" FROM "PhotoVariant" v WHERE v."photoId" = ph."id" AND v."kind" = '${kind}' AND v."format" = '${format}')`;
  return `SELECT mp."messageId" AS "messageId", ph."id" AS "id", ph."placeholder" AS "placeholder", ph."width" AS "width", ph."height" AS "height",
      ${variant("THUMB", "webp")} AS "thumbWebp", ${variant("THUMB", "jpeg")} AS "thumbJpeg", ${variant("MEDIUM", "webp")} AS "mediumWebp",
      ${variant("LARGE", "webp")} AS "largeWebp", ${variant("SCREEN", "webp")} AS "screenWebp", ${variant("SCREEN", "jpeg")} AS "screenJpeg"
    FROM "MessagePhoto" mp JOIN "DesignPhoto" ph ON ph."id" = mp."photoId"
    WHERE mp."messageId" IN (${messageIds}) ORDER BY mp."messageId", mp."position"`;
}

/** The design cards of the designs whose ids `designIds` selects. */
export function designCardsSql(designIds: string): string {
  return `SELECT d."id" AS "id", d."code" AS "code", d."title" AS "title", d."pricePerPiecePaise" AS "pricePerPiecePaise",
      ph."placeholder" AS "placeholder", ph."width" AS "width", ph."height" AS "height",
      (SELECT v."storageKey" FROM "PhotoVariant" v WHERE v."photoId" = ph."id" AND v."kind" = 'THUMB' AND v."format" = 'webp') AS "thumbWebp",
      (SELECT v."storageKey" FROM "PhotoVariant" v WHERE v."photoId" = ph."id" AND v."kind" = 'THUMB' AND v."format" = 'jpeg') AS "thumbJpeg"
    FROM "Design" d
    LEFT JOIN "DesignPhoto" ph ON ph."id" = (SELECT p1."id" FROM "DesignPhoto" p1 WHERE p1."designId" = d."id" ORDER BY p1."position" LIMIT 1)
    WHERE d."id" IN (${designIds})`;
}

/** The designs the rows show besides their albums: picked designs and the first design of quoted albums. */
export function extraDesignIds(flat: FlatMessageRow[]): string[] {
  return flat.flatMap((row) => [row.pickDesignId, row.parentFirstDesignId].filter((id): id is string => id !== null));
}

function designRowOf(card: DesignCardRow): DesignRow {
  const variants = [
    ...(card.thumbWebp === null ? [] : [{ format: "webp", storageKey: card.thumbWebp }]),
    ...(card.thumbJpeg === null ? [] : [{ format: "jpeg", storageKey: card.thumbJpeg }]),
  ];
  const photos = card.placeholder === null ? [] : [{ placeholder: card.placeholder, width: card.width, height: card.height, variants }];
  return { id: card.id, code: card.code, title: card.title, pricePerPiecePaise: card.pricePerPiecePaise, photos };
}

/** The flat rows joined back into the nested shape of Prisma's messageViewSelect result. */
function messagePhotoOf(row: MessagePhotoSqlRow): MessageRow["photos"][number] {
  const keys: [string, string, string | null][] = [
    ["THUMB", "webp", row.thumbWebp],
    ["THUMB", "jpeg", row.thumbJpeg],
    ["MEDIUM", "webp", row.mediumWebp],
    ["LARGE", "webp", row.largeWebp],
    ["SCREEN", "webp", row.screenWebp],
    ["SCREEN", "jpeg", row.screenJpeg],
  ];
  const variants = keys.flatMap(([kind, format, storageKey]) => (storageKey === null ? [] : [{ kind, format, storageKey }]));
  return { photo: { id: row.id, placeholder: row.placeholder, width: row.width, height: row.height, variants } };
}

function documentOf(row: FlatMessageRow): MessageRow["document"] {
  if (row.documentId === null) return null;
  return {
    id: row.documentId,
    name: row.documentName,
    pages: row.documentPages,
    bytes: row.documentBytes,
    storageKey: row.documentKey,
    thumbKey: row.documentThumbKey,
    thumbWidth: row.documentThumbWidth,
    thumbHeight: row.documentThumbHeight,
  };
}

export function nestMessageRows(flat: FlatMessageRow[], albums: AlbumRow[], cards: DesignCardRow[], photos: MessagePhotoSqlRow[]): MessageRow[] {
  const designs = new Map(cards.map((card) => [card.id, designRowOf(card)]));
  const albumOf = new Map<string, { design: DesignRow }[]>();
  for (const { messageId, designId } of albums) {
    const design = designs.get(designId);
    if (design) albumOf.set(messageId, [...(albumOf.get(messageId) ?? []), { design }]);
  }
  const design = (id: string | null) => (id ? designs.get(id) : undefined);
  const photosOf = new Map<string, MessageRow["photos"]>();
  for (const photo of photos) photosOf.set(photo.messageId, [...(photosOf.get(photo.messageId) ?? []), messagePhotoOf(photo)]);

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
      createdAt: fromDbDateTime(row.createdAt),
      replyCount: row.replyCount,
      meta: row.meta,
      author: row.authorId && row.authorName !== null ? { name: row.authorName } : null,
      designs: albumOf.get(row.id) ?? [],
      pick: row.pickId && row.pickStatus && pickDesign ? { id: row.pickId, status: row.pickStatus, design: pickDesign } : null,
      order: row.orderId
        ? { id: row.orderId, businessId: row.orderBusinessId, number: row.orderNumber, status: row.orderStatus, totalPaise: row.orderTotalPaise, paidPaise: row.orderPaidPaise, billedPaise: row.orderBilledPaise, totalPieces: row.orderTotalPieces }
        : null,
      photos: photosOf.get(row.id) ?? [],
      document: documentOf(row),
      parent: row.parentId
        ? {
            id: row.parentId,
            seq: row.parentSeq,
            body: row.parentBody,
            deletedAt: row.parentDeletedAt === null ? null : fromDbDateTime(row.parentDeletedAt),
            author: row.parentAuthorId && row.parentAuthorName !== null ? { name: row.parentAuthorName } : null,
            designs: parentFirst ? [{ design: parentFirst }] : [],
            document: row.parentDocumentName === null ? null : { name: row.parentDocumentName },
            _count: { designs: Number(row.parentDesignCount), photos: Number(row.parentPhotoCount) },
          }
        : null,
    };
  });
}
