// The chat's hottest paths, answered by plain Node before Next sees the request: posting a text
// message, receipts (every phone acknowledges every message it gets), pages of messages and the
// per-user event stream. Through Next, each post cost ~1.7 ms of CPU in
// routing, web-stream and request wrapping around ~0.2 ms of work, and each idle stream held a
// web ReadableStream pipeline; the chat benchmark (issue #4) needs several times less of both.
// The work itself is the same services the Next routes call (app/api/.../messages, app/api/events),
// which still serve `next dev`; only the framing differs.
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { admit } from "@/lib/auth/requirement";
import { actorFromCookies, onSessionEnd, parseCookieHeader } from "@/lib/auth/session-actor";
import { AppError } from "@/lib/errors";
import { errorAnswer } from "@/lib/http";
import { bodyLimitFor } from "@/lib/limits";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { anonymousStreamWait, countAnonymousStream } from "@/lib/realtime/anonymous-stream-limit";
import { openEventStream } from "@/lib/realtime/event-stream";

const CONVERSATION_ROUTE = /^\/api\/conversations\/([^/?#]+)\/(messages|receipts)\/?$/;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), "Cache-Control": "private, no-store", ...headers });
  res.end(text);
}

/** The JSON body, refused past its route's limit (lib/limits.ts, the same one the front door and
 * the Next routes apply; the front door has already refused a longer declared body). */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  // Cookie-authenticated writes take JSON only: a form on another site cannot send it.
  if (!(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) {
    return Promise.reject(new AppError("INVALID", "Send the message as JSON."));
  }
  const limit = bodyLimitFor((req.url ?? "").split("?", 1)[0] ?? "", false);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit.maxBytes) {
        // Answer 413, then close the connection instead of reading the rest.
        reject(new AppError("TOO_LARGE", `${limit.what} is too large.`));
        req.removeAllListeners("data");
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        reject(new AppError("INVALID", "The request body must be JSON."));
      }
    });
    req.on("error", reject);
  });
}

/** The signed-in actor who may use the conversation: the same requirement its Next routes
 * declare (app/api/conversations/[conversationId]/messages and receipts). */
async function participantOf(req: IncomingMessage, conversationId: string, signedOut: string) {
  return admit(await actorFromCookies(parseCookieHeader(req.headers.cookie)), "conversation", { conversationId }, signedOut);
}

async function postToConversation(req: IncomingMessage, res: ServerResponse, conversationId: string, what: "messages" | "receipts") {
  try {
    const actor = await participantOf(req, conversationId, what === "messages" ? "Log in to send messages." : "Log in first.");
    const body = await readJsonBody(req);
    const fields = typeof body === "object" && body && !Array.isArray(body) ? body : {};
    if (what === "receipts") {
      sendJson(res, 200, await markConversationRead(actor, { ...fields, conversationId }));
      return;
    }
    const message = await postMessage(actor, { ...fields, conversationId });
    sendJson(res, 201, { id: message.id, seq: message.seq });
  } catch (error) {
    const { status, body, headers } = errorAnswer(error);
    sendJson(res, status, body, status === 413 ? { ...headers, Connection: "close" } : headers);
    if (status === 413) res.on("finish", () => req.destroy());
  }
}

/** Open event streams, so a stopping server can end them instead of waiting hours for them. */
const openStreams = new Set<ServerResponse>();
let streamsEnded = false;

/** Ends every event stream, and any opened from now on: browsers reconnect (to the next server)
 * and catch up with Last-Event-ID. */
export function endEventStreams(): void {
  streamsEnded = true;
  for (const res of openStreams) res.end();
}

async function streamEvents(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
  const address = clientAddressFrom(req.headers["x-forwarded-for"]);
  const wait = await anonymousStreamWait(address);
  if (wait !== null) {
    res.writeHead(429, { "Content-Type": "text/plain", "Retry-After": String(wait) }).end("Too many requests");
    return;
  }
  const actor = await actorFromCookies(parseCookieHeader(req.headers.cookie)).catch(() => null);
  if (!actor) await countAnonymousStream(address);
  // The phone may have gone while we looked the session up: its "close" has passed already.
  if (req.destroyed || res.destroyed) return;
  if (!actor) {
    res.writeHead(401, { "Content-Type": "text/plain" }).end("Not signed in");
    return;
  }
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    "X-Accel-Buffering": "no",
  });
  res.socket?.setNoDelay(true);
  const header = req.headers["last-event-id"];
  // The browser sends the header when it reconnects; a tab that had to start a new stream names
  // where it stood in the URL (components/realtime/live-events.ts).
  const lastEventId = typeof header === "string" ? header : query.get("lastEventId");
  const stop = openEventStream(actor.id, lastEventId, {
    // Ended by the server (stopping, logged out) before the client closed: nothing more to send.
    write: (text) => !res.writableEnded && res.write(text),
    backlog: () => res.writableLength,
    close: () => res.destroy(),
    end: () => res.end(),
  });
  openStreams.add(res);
  // A logged-out session hears nothing more (the browser's reconnect is then refused).
  const unwatch = onSessionEnd(actor.sessionId, () => res.end());
  res.on("close", () => {
    openStreams.delete(res);
    unwatch();
    stop();
  });
  if (streamsEnded) res.end();
}

/** A page of messages (GET /api/conversations/:id/messages?…): what a tab reads when it opens a
 * conversation's history, pages back or catches up after a gap. Through Next's route handler its
 * framing cost more than the fast-path read itself. */
async function readMessages(req: IncomingMessage, res: ServerResponse, conversationId: string, query: URLSearchParams) {
  try {
    const actor = await participantOf(req, conversationId, "Log in to read messages.");
    sendJson(res, 200, await listMessages(actor, { ...Object.fromEntries(query), conversationId }));
  } catch (error) {
    const { status, body, headers } = errorAnswer(error);
    sendJson(res, status, body, headers);
  }
}

/** Answers the request when it is one of the gateway's; false lets Next handle it. */
export function handleChatRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const [path = "", search = ""] = (req.url ?? "").split("?", 2);
  if (req.method === "GET" && path === "/api/events") {
    void streamEvents(req, res, new URLSearchParams(search));
    return true;
  }
  const match = req.method === "POST" || req.method === "GET" ? CONVERSATION_ROUTE.exec(path) : null;
  if (!match?.[1] || !match[2]) return false;
  let conversationId: string;
  try {
    conversationId = decodeURIComponent(match[1]);
  } catch {
    return false; // a malformed path: Next answers it
  }
  if (req.method === "GET") {
    if (match[2] !== "messages") return false;
    void readMessages(req, res, conversationId, new URLSearchParams(search));
  } else {
    void postToConversation(req, res, conversationId, match[2] as "messages" | "receipts");
  }
  return true;
}
