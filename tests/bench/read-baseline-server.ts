// The read bench's API baseline: GET /api/conversations/<id>/messages (the newest page, or
// ?afterSeq=) answered by a bare node:http server with better-sqlite3 on the app's own database
// file, no framework or ORM: the same session cookie (decoded once per token and the user looked
// up, as the app does), the same access rule, the same page rules (long enough to start at the
// first unread message, one extra row to tell whether older ones exist), the same joins (author,
// order card, pick, quoted parent, albums) and the same JSON (MessagePage). What the app costs on
// top of this is what Next's routing and Prisma add to reading messages.
//
// Run as its own process: node --import tsx tests/bench/read-baseline-server.ts
// env: BASELINE_PORT, BASELINE_DB (the seeded app database), BENCH_AUTH_SECRET.
import http from "node:http";
import Database from "better-sqlite3";
import { decode } from "next-auth/jwt";
import { requiredEnv } from "./required-env";


const port = Number(requiredEnv("BASELINE_PORT"));
const secret = requiredEnv("BENCH_AUTH_SECRET");
const db = new Database(requiredEnv("BASELINE_DB"), { fileMustExist: true });
db.pragma("journal_mode = WAL");

const PAGE = 50;
const MAX_FIRST_PAGE = 200;

const userById = db.prepare<[string], { id: string }>(`SELECT id FROM "User" WHERE id = ?`);
const visibleConversation = db.prepare<[string, string, string], { id: string; buyerId: string; lastSeq: number }>(`
  SELECT c.id, c.buyerId, c.lastSeq FROM "Conversation" c
  WHERE c.id = ? AND (c.buyerId = ? OR EXISTS (SELECT 1 FROM "Membership" m WHERE m.businessId = c.businessId AND m.userId = ?))`);
const readStates = db.prepare<[string], { userId: string; lastReadSeq: number; lastDeliveredSeq: number }>(
  `SELECT userId, lastReadSeq, lastDeliveredSeq FROM "ReadState" WHERE conversationId = ?`,
);

interface Row {
  id: string;
  seq: number;
  kind: string;
  body: string | null;
  authorId: string | null;
  clientId: string;
  createdAt: string;
  replyCount: number;
  authorName: string | null;
  orderId: string | null;
  orderBusinessId: string | null;
  orderNumber: number | null;
  orderStatus: string | null;
  orderTotalPaise: number | null;
  orderPaidPaise: number | null;
  orderTotalPieces: number | null;
  pickId: string | null;
  pickStatus: string | null;
  pickCode: string | null;
  parentId: string | null;
  parentSeq: number | null;
  parentBody: string | null;
  parentDeletedAt: string | null;
  parentAuthorName: string | null;
  parentDesignCount: number;
}

const columns = `
  m.id, m.seq, m.kind, m.body, m.authorId, m.clientId, m.createdAt, m.replyCount, a.name AS authorName,
  o.id AS orderId, o.businessId AS orderBusinessId, o.number AS orderNumber, o.status AS orderStatus,
  o.totalPaise AS orderTotalPaise, o.paidPaise AS orderPaidPaise, o.totalPieces AS orderTotalPieces,
  pk.id AS pickId, pk.status AS pickStatus, pd.code AS pickCode,
  p.id AS parentId, p.seq AS parentSeq, p.body AS parentBody, p.deletedAt AS parentDeletedAt, pa.name AS parentAuthorName,
  (SELECT count(*) FROM "MessageDesign" x WHERE x.messageId = p.id) AS parentDesignCount
  FROM "Message" m
  LEFT JOIN "User" a ON a.id = m.authorId
  LEFT JOIN "Order" o ON o.id = m.orderId
  LEFT JOIN "Pick" pk ON pk.messageId = m.id
  LEFT JOIN "Design" pd ON pd.id = pk.designId
  LEFT JOIN "Message" p ON p.id = m.parentId
  LEFT JOIN "User" pa ON pa.id = p.authorId`;
const newestPage = db.prepare<[string, number], Row>(`SELECT ${columns} WHERE m.conversationId = ? AND m.deletedAt IS NULL ORDER BY m.seq DESC LIMIT ?`);
const afterPage = db.prepare<[string, number, number], Row>(`SELECT ${columns} WHERE m.conversationId = ? AND m.deletedAt IS NULL AND m.seq > ? ORDER BY m.seq ASC LIMIT ?`);

interface AlbumRow {
  messageId: string;
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  placeholder: string | null;
  width: number | null;
  height: number | null;
  thumbWebp: string | null;
  thumbJpeg: string | null;
}
// The albums of the page's messages and of the parents they quote, with each design's first photo.
const albums = db.prepare<[string], AlbumRow>(`
  SELECT md.messageId, d.id, d.code, d.title, d.pricePerPiecePaise, ph.placeholder, ph.width, ph.height,
    (SELECT v.storageKey FROM "PhotoVariant" v WHERE v.photoId = ph.id AND v.kind = 'THUMB' AND v.format = 'webp') AS thumbWebp,
    (SELECT v.storageKey FROM "PhotoVariant" v WHERE v.photoId = ph.id AND v.kind = 'THUMB' AND v.format = 'jpeg') AS thumbJpeg
  FROM "MessageDesign" md JOIN "Design" d ON d.id = md.designId
  LEFT JOIN "DesignPhoto" ph ON ph.id = (SELECT f.id FROM "DesignPhoto" f WHERE f.designId = d.id ORDER BY f.position LIMIT 1)
  WHERE md.messageId IN (SELECT value FROM json_each(?)) ORDER BY md.messageId, md.position`);

const decodedTokens = new Map<string, string | null>();

async function sessionUserId(request: http.IncomingMessage): Promise<string | null> {
  const match = /(?:^|;\s*)next-auth\.session-token=([^;]+)/.exec(request.headers.cookie ?? "");
  if (!match?.[1]) return null;
  const token = match[1];
  let userId = decodedTokens.get(token);
  if (userId === undefined) {
    try {
      const decoded = await decode({ token, secret });
      userId = typeof decoded?.sub === "string" ? decoded.sub : null;
    } catch {
      userId = null;
    }
    decodedTokens.set(token, userId);
  }
  return userId && userById.get(userId) ? userId : null;
}

const SNIPPET = 90;
const snippetOf = (body: string | null, designCount: number, firstCode: string | undefined) => {
  const album = firstCode ? (designCount > 1 ? `📷 ${designCount} designs` : `📷 ${firstCode}`) : "";
  const characters = Array.from((body ?? "").replace(/\s+/g, " ").trim());
  return [album, characters.slice(0, SNIPPET).join("") + (characters.length > SNIPPET ? "…" : "")].filter(Boolean).join(" · ");
};

function toViews(rows: Row[], viewerId: string) {
  const ids = [...new Set(rows.flatMap((row) => (row.parentId ? [row.id, row.parentId] : [row.id])))];
  const byMessage = new Map<string, AlbumRow[]>();
  for (const design of albums.all(JSON.stringify(ids))) {
    const list = byMessage.get(design.messageId) ?? [];
    list.push(design);
    byMessage.set(design.messageId, list);
  }
  const albumDesign = (design: AlbumRow) => ({
    id: design.id,
    code: design.code,
    title: design.title,
    pricePerPiecePaise: design.pricePerPiecePaise,
    photo: design.placeholder === null ? null : { placeholder: design.placeholder, width: design.width, height: design.height, thumbWebp: design.thumbWebp, thumbJpeg: design.thumbJpeg },
  });
  return rows.map((row) => {
    const mine = row.authorId === viewerId;
    const parentFirst = row.parentId ? byMessage.get(row.parentId)?.[0] : undefined;
    return {
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      body: row.body,
      authorId: row.authorId,
      authorName: row.authorName,
      mine,
      clientId: mine ? row.clientId : null,
      createdAt: new Date(row.createdAt).toISOString(),
      parent:
        row.parentId === null
          ? null
          : row.parentDeletedAt
            ? { id: row.parentId, seq: row.parentSeq, authorName: null, snippet: "This message was deleted", thumb: null }
            : {
                id: row.parentId,
                seq: row.parentSeq,
                authorName: row.parentAuthorName,
                snippet: snippetOf(row.parentBody, row.pickCode ? 1 : row.parentDesignCount, row.pickCode ?? parentFirst?.code),
                thumb: parentFirst ? albumDesign(parentFirst).photo : null,
              },
      replyCount: row.replyCount,
      designs: (byMessage.get(row.id) ?? []).map(albumDesign),
      pick: row.pickId ? { id: row.pickId, status: row.pickStatus } : null,
      order: row.orderId
        ? { id: row.orderId, businessId: row.orderBusinessId, number: row.orderNumber, status: row.orderStatus, totalPaise: row.orderTotalPaise, paidPaise: row.orderPaidPaise, totalPieces: row.orderTotalPieces }
        : null,
    };
  });
}

function listMessages(viewerId: string, conversationId: string, afterSeq: number | undefined) {
  const conversation = visibleConversation.get(conversationId, viewerId, viewerId);
  if (!conversation) return null;
  const states = readStates.all(conversationId);
  const viewerIsBuyer = conversation.buyerId === viewerId;
  const others = states.filter((r) => (viewerIsBuyer ? r.userId !== viewerId : r.userId === conversation.buyerId));
  const otherSide = {
    deliveredSeq: Math.max(0, ...others.map((r) => Math.max(r.lastDeliveredSeq, r.lastReadSeq))),
    readSeq: Math.max(0, ...others.map((r) => r.lastReadSeq)),
  };
  const viewerReadSeq = states.find((r) => r.userId === viewerId)?.lastReadSeq ?? 0;
  if (afterSeq !== undefined) {
    return { messages: toViews(afterPage.all(conversationId, afterSeq, PAGE), viewerId), hasOlder: true, viewerReadSeq, otherSide };
  }
  const take = Math.min(MAX_FIRST_PAGE, Math.max(PAGE, conversation.lastSeq - viewerReadSeq + 10));
  const rows = newestPage.all(conversationId, take + 1);
  return { messages: toViews(rows.slice(0, take).reverse(), viewerId), hasOlder: rows.length > take, viewerReadSeq, otherSide };
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "Cache-Control": "private, no-store" });
  response.end(body);
}

const server = http.createServer((request, response) => {
  const handle = async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const userId = await sessionUserId(request);
    if (!userId) return sendJson(response, 401, { error: { code: "UNAUTHENTICATED" } });
    const route = /^\/api\/conversations\/([^/]+)\/messages$/.exec(url.pathname);
    const afterRaw = url.searchParams.get("afterSeq");
    const afterSeq = afterRaw === null ? undefined : Number(afterRaw);
    if (request.method !== "GET" || !route?.[1] || (afterSeq !== undefined && !(Number.isInteger(afterSeq) && afterSeq >= 0))) {
      return sendJson(response, 404, { error: { code: "NOT_FOUND" } });
    }
    const page = listMessages(userId, decodeURIComponent(route[1]), afterSeq);
    if (!page) return sendJson(response, 404, { error: { code: "NOT_FOUND" } });
    sendJson(response, 200, page);
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) sendJson(response, 500, { error: { code: "INTERNAL" } });
    else response.end();
  });
});

// Any answer means up: the bench's start-up probe asks for /api/events (a 401 here).
server.listen(port, () => console.log(`read baseline listening on ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    db.close();
    process.exit(0);
  });
}
