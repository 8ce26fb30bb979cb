// The bench's baseline: the chat's essential work on a bare node:http server with better-sqlite3
// and no framework or ORM, to show what Next.js + Prisma cost on top. Per POST it does what the
// app does, directly: read the session cookie (the same next-auth JWT, decoded the same way),
// check the sender may post in the conversation, insert one message row (WAL file, idempotent on
// the client id), look up the conversation's audience (its buyer and every member of the business)
// and write one SSE event to each of their open streams. GET /api/events keeps a stream open.
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

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const port = Number(required("BASELINE_PORT"));
const secret = required("BENCH_AUTH_SECRET");
const setup = JSON.parse(readFileSync(required("BASELINE_SETUP"), "utf8")) as BaselineSetup;

const db = new Database(required("BASELINE_DB"));
// Same durability as the app's database: WAL journal, SQLite's default synchronous level.
db.pragma("journal_mode = WAL");
db.exec(`
  CREATE TABLE IF NOT EXISTS members (business_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (business_id, user_id));
  CREATE INDEX IF NOT EXISTS members_user ON members (user_id);
  CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, business_id TEXT NOT NULL, buyer_id TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, author_id TEXT NOT NULL,
    client_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (conversation_id, seq), UNIQUE (author_id, client_id));
`);
db.transaction(() => {
  const member = db.prepare("INSERT OR IGNORE INTO members (business_id, user_id) VALUES (?, ?)");
  const conversation = db.prepare("INSERT OR IGNORE INTO conversations (id, business_id, buyer_id) VALUES (?, ?, ?)");
  for (const business of setup.businesses) for (const userId of business.memberIds) member.run(business.id, userId);
  for (const c of setup.conversations) conversation.run(c.id, c.businessId, c.buyerId);
})();

// A conversation the user may post in: they are its buyer or a member of its business.
const visibleConversation = db.prepare<[string, string, string], { businessId: string; buyerId: string }>(`
  SELECT business_id AS businessId, buyer_id AS buyerId FROM conversations c
  WHERE c.id = ? AND (c.buyer_id = ? OR EXISTS (SELECT 1 FROM members m WHERE m.business_id = c.business_id AND m.user_id = ?))`);
// One row; the seq is the next in the conversation, taken in the same statement (one writer at a time).
const insertMessage = db.prepare<[string, string, string, string, string, string, string], { id: string; seq: number }>(`
  INSERT INTO messages (id, conversation_id, seq, author_id, client_id, body, created_at)
  VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM messages WHERE conversation_id = ?), ?, ?, ?, ?)
  ON CONFLICT (author_id, client_id) DO NOTHING RETURNING id, seq`);
const existingMessage = db.prepare<[string, string], { id: string; seq: number }>("SELECT id, seq FROM messages WHERE author_id = ? AND client_id = ?");
const membersOf = db.prepare<[string], { userId: string }>("SELECT user_id AS userId FROM members WHERE business_id = ?");

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

async function postMessage(userId: string, conversationId: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(await readBody(request));
  } catch {
    return sendJson(response, 400, { error: { code: "INVALID" } });
  }
  const { clientId, body } = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const text = typeof body === "string" ? body.trim() : "";
  if (typeof clientId !== "string" || !CLIENT_ID.test(clientId) || text.length === 0 || text.length > 4000) {
    return sendJson(response, 400, { error: { code: "INVALID" } });
  }
  const conversation = visibleConversation.get(conversationId, userId, userId);
  if (!conversation) return sendJson(response, 404, { error: { code: "NOT_FOUND" } });

  const inserted = insertMessage.get(randomBytes(12).toString("base64url"), conversationId, conversationId, userId, clientId, text, new Date().toISOString());
  const message = inserted ?? existingMessage.get(userId, clientId);
  if (!message) return sendJson(response, 500, { error: { code: "INTERNAL" } });

  if (inserted) {
    const event = { type: "message.posted", conversationId, messageId: message.id, seq: message.seq };
    const frame = `id: ${nextEventId++}\nevent: message.posted\ndata: ${JSON.stringify(event)}\n\n`;
    const audience = new Set([conversation.buyerId, ...membersOf.all(conversation.businessId).map((member) => member.userId)]);
    for (const recipient of audience) for (const stream of streams.get(recipient) ?? []) stream.write(frame);
  }
  sendJson(response, 201, { id: message.id, seq: message.seq });
}

const server = http.createServer((request, response) => {
  const handle = async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const userId = await sessionUserId(request);
    if (!userId) return sendJson(response, 401, { error: { code: "UNAUTHENTICATED" } });
    if (request.method === "GET" && url.pathname === "/api/events") return openStream(userId, request, response);
    const post = /^\/api\/conversations\/([^/]+)\/messages$/.exec(url.pathname);
    if (request.method === "POST" && post?.[1]) return postMessage(userId, decodeURIComponent(post[1]), request, response);
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
