// The chats list as one SQL query, shared by SQLite (list-conversations-on-sqlite.ts) and
// PostgreSQL (list-conversations-on-postgres.ts), with the mapping of its rows. Aliases are
// quoted: PostgreSQL would fold them to lower case.
import { conversationVisibleSql } from "@/lib/auth/access";
import { fromDbDateTime } from "@/lib/db-dates";
import { readPreviewLine } from "@/lib/i18n/system-line-view";
import type { ConversationRow } from "./list-conversations";

export interface FlatConversationRow {
  id: string;
  buyerId: string;
  lastSeq: number;
  lastMessageAt: string | number | Date;
  lastMessagePreview: string | null;
  lastPreviewLine: string | null;
  buyerName: string;
  businessName: string;
  lastReadSeq: number | null;
  /** 1/true when the viewer is a member of the business; otherwise they are on the buyer's side. */
  viewerIsMember: number | boolean;
}

/** Parameters: the viewer's id, 2 + actorIdParams times, then the row limit (`limitPlaceholder`). */
export function conversationRowsSql(placeholder: (n: number) => string, limitPlaceholder: string): { sql: string; viewerIdParams: number } {
  const visible = conversationVisibleSql("c", (n) => placeholder(n + 1));
  return {
    sql: `SELECT c."id" AS "id", c."buyerId" AS "buyerId", c."lastSeq" AS "lastSeq", c."lastMessageAt" AS "lastMessageAt", c."lastMessagePreview" AS "lastMessagePreview", c."lastPreviewLine" AS "lastPreviewLine",
        u."name" AS "buyerName", b."name" AS "businessName", r."lastReadSeq" AS "lastReadSeq",
        EXISTS (SELECT 1 FROM "Membership" mm WHERE mm."businessId" = c."businessId" AND mm."userId" = ${placeholder(1)}) AS "viewerIsMember"
      FROM "Conversation" c
      JOIN "User" u ON u."id" = c."buyerId"
      JOIN "Business" b ON b."id" = c."businessId"
      LEFT JOIN "ReadState" r ON r."conversationId" = c."id" AND r."userId" = ${placeholder(1)}
      WHERE ${visible.sql}
      ORDER BY c."lastMessageAt" DESC, c."id" DESC
      LIMIT ${limitPlaceholder}`,
    viewerIdParams: 2 + visible.actorIdParams,
  };
}

export function toConversationRow(c: FlatConversationRow): ConversationRow {
  // The buyer's side: the buyer, or a colleague on the buyer's team (never a member of the business).
  const viewerIsBuyer = !Number(c.viewerIsMember);
  return {
    id: c.id,
    title: viewerIsBuyer ? c.businessName : c.buyerName,
    subtitle: viewerIsBuyer ? null : c.businessName,
    preview: c.lastMessagePreview,
    previewLine: readPreviewLine(c.lastPreviewLine),
    lastMessageAt: fromDbDateTime(c.lastMessageAt),
    lastSeq: c.lastSeq,
    unread: Math.max(0, c.lastSeq - (c.lastReadSeq ?? 0)),
    viewerIsBuyer,
  };
}
