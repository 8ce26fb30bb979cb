// The bench's baseline: the chat's essential work on a bare node:http server with better-sqlite3
// and no framework or ORM, to show what Next.js + Prisma cost on top. Per POST it does what the
// app does, directly: read the session cookie (the same next-auth JWT, decoded the same way),
// check the sender may post in the conversation, take the next seq and update the conversation's
// list row, insert one message row (WAL file, idempotent on the client id), move the author's
// receipts, look up the conversation's audience (its buyer and every member of the business) and
// write one SSE event to each of their open streams. The event carries the message and the list
// row, so a tab draws it without asking again (the design's contract). GET /api/events keeps a
// stream open. POST .../receipts moves the sender's delivered/read seqs forward (the app's rules)
// and, when they moved, tells the audience (conversation.read), as the app does. GET .../messages
// ?afterSeq= answers a tab that saw a gap.
//
// Run as its own process: node --import tsx tests/bench/baseline-server.ts
// env: BASELINE_PORT, BASELINE_DB (a fresh file), BASELINE_SETUP (JSON, see BaselineSetup),
//      BENCH_AUTH_SECRET (the app's auth secret, so the same cookies work here).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import Database from "better-sqlite3";
import { decode } from "next-auth/jwt";
import type { BaselineSetup } from "./setup-bench-data";
import { requiredEnv } from "./required-env";


const port = Number(requiredEnv("BASELINE_PORT"));
const secret = requiredEnv("BENCH_AUTH_SECRET");
const setup = JSON.parse(readFileSync(requiredEnv("BASELINE_SETUP"), "utf8")) as BaselineSetup;

const db = new Database(requiredEnv("BASELINE_DB"));
// Same durability as the app's database: WAL journal, SQLite's default synchronous level.
db.pragma("journal_mode = WAL");
db.exec(`
  CREATE TABLE IF NOT EXISTS members (business_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (business_id, user_id));
  CREATE INDEX IF NOT EXISTS members_user ON members (user_id);
  CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, name TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, business_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
    last_seq INTEGER NOT NULL DEFAULT 0, last_message_at TEXT, last_message_preview TEXT);
  CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, author_id TEXT NOT NULL,
    client_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (conversation_id, seq), UNIQUE (author_id, client_id));
  CREATE TABLE IF NOT EXISTS read_states (
    conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, last_read_seq INTEGER NOT NULL DEFAULT 0,
    last_delivered_seq INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (conversation_id, user_id));
`);
db.transaction(() => {
  const user = db.prepare("INSERT OR IGNORE INTO users (id, name) VALUES (?, ?)");
  const member = db.prepare("INSERT OR IGNORE INTO members (business_id, user_id) VALUES (?, ?)");
  const conversation = db.prepare("INSERT OR IGNORE INTO conversations (id, business_id, buyer_id) VALUES (?, ?, ?)");
  for (const u of setup.users) user.run(u.id, u.name);
  for (const business of setup.businesses) for (const userId of business.memberIds) member.run(business.id, userId);
  for (const c of setup.conversations) conversation.run(c.id, c.businessId, c.buyerId);
})();

// A conversation the user may post in: they are its buyer or a member of its business.
const visibleConversation = db.prepare<[string, string, string], { businessId: string; buyerId: string; lastSeq: number }>(`
  SELECT business_id AS businessId, buyer_id AS buyerId, last_seq AS lastSeq FROM conversations c
  WHERE c.id = ? AND (c.buyer_id = ? OR EXISTS (SELECT 1 FROM members m WHERE m.business_id = c.business_id AND m.user_id = ?))`);
const existingMessage = db.prepare<[string, string], { id: string; seq: number }>("SELECT id, seq FROM messages WHERE author_id = ? AND client_id = ?");
// The next seq and the list row, in one statement.
const nextSeq = db.prepare<[string, string, string], { seq: number }>(
  "UPDATE conversations SET last_seq = last_seq + 1, last_message_at = ?, last_message_preview = ? WHERE id = ? RETURNING last_seq AS seq",
);
const insertMessage = db.prepare<[string, string, number, string, string, string, string]>(
  "INSERT INTO messages (id, conversation_id, seq, author_id, client_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
);
// What is sent was read by its author.
const authorRead = db.prepare<[string, string, number, number, string]>(`
  INSERT INTO read_states (conversation_id, user_id, last_read_seq, last_delivered_seq, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (conversation_id, user_id) DO UPDATE SET last_read_seq = excluded.last_read_seq, last_delivered_seq = excluded.last_delivered_seq, updated_at = excluded.updated_at`);
const userName = db.prepare<[string], { name: string }>("SELECT name FROM users WHERE id = ?");
const membersOf = db.prepare<[string], { userId: string }>("SELECT user_id AS userId FROM members WHERE business_id = ?");
const ensureReadState = db.prepare<[string, string, string]>(
  "INSERT INTO read_states (conversation_id, user_id, last_read_seq, last_delivered_seq, updated_at) VALUES (?, ?, 0, 0, ?) ON CONFLICT DO NOTHING",
);
const moveRead = db.prepare<[number, string, string, string, number]>(
  "UPDATE read_states SET last_read_seq = ?, updated_at = ? WHERE conversation_id = ? AND user_id = ? AND last_read_seq < ?",
);
const moveDelivered = db.prepare<[number, string, string, string, number]>(
  "UPDATE read_states SET last_delivered_seq = ?, updated_at = ? WHERE conversation_id = ? AND user_id = ? AND last_delivered_seq < ?",
);
const currentReceipts = db.prepare<[string, string], { lastReadSeq: number; lastDeliveredSeq: number }>(
  "SELECT last_read_seq AS lastReadSeq, last_delivered_seq AS lastDeliveredSeq FROM read_states WHERE conversation_id = ? AND user_id = ?",
);
const messagesAfter = db.prepare<[string, number, number], MessageRow>(`
  SELECT m.id, m.seq, m.body, m.author_id AS authorId, m.client_id AS clientId, m.created_at AS createdAt, u.name AS authorName
  FROM messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`);

interface MessageRow {
  id: string;
  seq: number;
  body: string;
  authorId: string;
  clientId: string;
  createdAt: string;
  authorName: string | null;
}

/** The message as a tab draws it (the app's MessageView shape, for a text message). */
function messageView(row: MessageRow, viewerId: string) {
  const mine = row.authorId === viewerId;
  return {
    id: row.id,
    seq: row.seq,
    kind: "TEXT",
    body: row.body,
    authorId: row.authorId,
    authorName: row.authorName,
    mine,
    clientId: mine ? row.clientId : null,
    createdAt: row.createdAt,
    parent: null,
    replyCount: 0,
    designs: [],
    pick: null,
    order: null,
  };
}

const streams = new Map<string, Set<http.ServerResponse>>();
let nextEventId = 1;
const HEARTBEAT_MS = 25_000;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_BODY_BYTES = 64 * 1024;

async function sessionUserId(request: http.IncomingMessage): Promise<string | null> {
  const match = /(?:^|;\s*)next-auth\.session-token=([^;]+)/.exec(request.headers.cookie ?? "");
  if (!match?.[1]) return null;
  try {
    const token = await decode({ token: match[1], secret });
    return typeof token?.sub === "string" ? token.sub : null;
  } catch {
    return null;
  }
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function openStream(userId: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
  });
  response.write("retry: 3000\n: connected\n\n");
  const set = streams.get(userId) ?? new Set<http.ServerResponse>();
  set.add(response);
  streams.set(userId, set);
  const heartbeat = setInterval(() => response.write(": ping\n\n"), HEARTBEAT_MS);
  request.on("close", () => {
    clearInterval(heartbeat);
    set.delete(response);
    if (set.size === 0) streams.delete(userId);
  });
}

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown> | null> {
  try {
    const input: unknown = JSON.parse(await readBody(request));
    return typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function publish(recipients: Iterable<string>, type: string, event: Record<string, unknown>): void {
  const frame = `id: ${nextEventId++}\nevent: ${type}\ndata: ${JSON.stringify({ type, ...event })}\n\n`;
  for (const recipient of new Set(recipients)) for (const stream of streams.get(recipient) ?? []) stream.write(frame);
}

const audienceOf = (conversation: { buyerId: string; businessId: string }) => [conversation.buyerId, ...membersOf.all(conversation.businessId).map((member) => member.userId)];

async function postMessage(userId: string, conversationId: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const input = await readJson(request);
  if (!input) return sendJson(response, 400, { error: { code: "INVALID" } });
  const { clientId, body } = input;
  const text = typeof body === "string" ? body.trim() : "";
  if (typeof clientId !== "string" || !CLIENT_ID.test(clientId) || text.length === 0 || text.length > 4000) {
    return sendJson(response, 400, { error: { code: "INVALID" } });
  }
  const conversation = visibleConversation.get(conversationId, userId, userId);
  if (!conversation) return sendJson(response, 404, { error: { code: "NOT_FOUND" } });

  const existing = existingMessage.get(userId, clientId);
  if (existing) return sendJson(response, 201, { id: existing.id, seq: existing.seq });
  const now = new Date().toISOString();
  const preview = Array.from(text).slice(0, 120).join("");
  const row = db.transaction((): MessageRow => {
    const next = nextSeq.get(now, preview, conversationId);
    if (!next) throw new Error("conversation vanished");
    const id = randomBytes(12).toString("base64url");
    insertMessage.run(id, conversationId, next.seq, userId, clientId, text, now);
    authorRead.run(conversationId, userId, next.seq, next.seq, now);
    return { id, seq: next.seq, body: text, authorId: userId, clientId, createdAt: now, authorName: userName.get(userId)?.name ?? null };
  }).immediate();

  // One frame for everyone: each tab tells its own messages by authorId.
  publish(audienceOf(conversation), "message.posted", {
    conversationId,
    messageId: row.id,
    seq: row.seq,
    authorId: userId,
    message: messageView(row, ""),
    row: { conversationId, lastSeq: row.seq, lastMessageAt: now, lastMessagePreview: preview },
  });
  sendJson(response, 201, { id: row.id, seq: row.seq });
}

const SEQ_LIMIT = 2_000_000_000;
const seqOf = (value: unknown): number | undefined | null =>
  value === undefined ? undefined : typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= SEQ_LIMIT ? value : null;

/** The app's receipt rules: clamped to the newest seq, read implies delivered, only forward. */
async function postReceipts(userId: string, conversationId: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const input = await readJson(request);
  const askedRead = seqOf(input?.readSeq);
  const askedDelivered = seqOf(input?.deliveredSeq);
  if (!input || askedRead === null || askedDelivered === null) return sendJson(response, 400, { error: { code: "INVALID" } });
  const conversation = visibleConversation.get(conversationId, userId, userId);
  if (!conversation) return sendJson(response, 404, { error: { code: "NOT_FOUND" } });
  const bothMissing = askedRead === undefined && askedDelivered === undefined;
  const readSeq = Math.min(conversation.lastSeq, bothMissing ? conversation.lastSeq : (askedRead ?? 0));
  const deliveredSeq = Math.max(readSeq, Math.min(conversation.lastSeq, askedDelivered ?? 0));
  const now = new Date().toISOString();
  const { moved, receipts } = db.transaction(() => {
    ensureReadState.run(conversationId, userId, now);
    const changes = moveRead.run(readSeq, now, conversationId, userId, readSeq).changes + moveDelivered.run(deliveredSeq, now, conversationId, userId, deliveredSeq).changes;
    return { moved: changes > 0, receipts: currentReceipts.get(conversationId, userId) ?? { lastReadSeq: 0, lastDeliveredSeq: 0 } };
  }).immediate();
  if (moved) publish(audienceOf(conversation), "conversation.read", { conversationId, userId, ...receipts });
  sendJson(response, 200, receipts);
}

function listMessagesAfter(userId: string, conversationId: string, afterSeq: number, response: http.ServerResponse): void {
  if (!visibleConversation.get(conversationId, userId, userId)) return sendJson(response, 404, { error: { code: "NOT_FOUND" } });
  const messages = messagesAfter.all(conversationId, afterSeq, 50).map((row) => messageView(row, userId));
  sendJson(response, 200, { messages, hasOlder: true });
}

const server = http.createServer((request, response) => {
  const handle = async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const userId = await sessionUserId(request);
    if (!userId) return sendJson(response, 401, { error: { code: "UNAUTHENTICATED" } });
    if (request.method === "GET" && url.pathname === "/api/events") return openStream(userId, request, response);
    const route = /^\/api\/conversations\/([^/]+)\/(messages|receipts)$/.exec(url.pathname);
    const conversationId = route?.[1] ? decodeURIComponent(route[1]) : undefined;
    if (conversationId && route?.[2] === "messages") {
      if (request.method === "POST") return postMessage(userId, conversationId, request, response);
      const afterSeq = Number(url.searchParams.get("afterSeq") ?? "0");
      if (request.method === "GET" && Number.isInteger(afterSeq) && afterSeq >= 0) return listMessagesAfter(userId, conversationId, afterSeq, response);
    }
    if (conversationId && route?.[2] === "receipts" && request.method === "POST") return postReceipts(userId, conversationId, request, response);
    sendJson(response, 404, { error: { code: "NOT_FOUND" } });
  };
  handle().catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) sendJson(response, 500, { error: { code: "INTERNAL" } });
    else response.end();
  });
});

server.listen(port, () => console.log(`baseline listening on ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    db.close();
    process.exit(0);
  });
}
