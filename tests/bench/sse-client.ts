// A minimal server-sent events client on node:http, so the bench needs no extra package and a
// thousand of them stay cheap. It parses only what Chatalog's /api/events (and the baseline)
// send: `id:`, `event:`, `data:` fields and `:` comments, events separated by a blank line.
import http from "node:http";
import { performance } from "node:perf_hooks";

/** What a tab needs of a message to draw it (the event's `message`, or a row of a messages page). */
export interface RenderableMessage {
  id: string;
  seq: number;
  kind: string;
}

export interface MessagePosted {
  type: "message.posted";
  conversationId: string;
  messageId: string;
  seq: number;
  authorId?: string | null;
  /** The message as its recipient renders it. Absent in older servers: the tab then fetches it. */
  message?: RenderableMessage;
  /** The conversation list's row after the message. Absent in older servers: the list refreshes. */
  row?: Record<string, unknown>;
}

export interface SseClient {
  /** Resolves once the server has sent its first bytes (both servers subscribe before that). */
  ready: Promise<void>;
  close(): void;
}

export interface SseOptions {
  url: string;
  cookie: string;
  /** Called for every `message.posted` event with the time its bytes were read (performance.now()). */
  onMessagePosted?: (event: MessagePosted, arrivedAt: number) => void;
  /** Called when the connection fails or the server ends it while it was meant to stay open. */
  onError?: (error: Error) => void;
}

export function isRenderableMessage(value: unknown): value is RenderableMessage {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  return typeof message.id === "string" && typeof message.seq === "number" && typeof message.kind === "string";
}

function isMessagePosted(value: unknown): value is MessagePosted {
  if (typeof value !== "object" || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event.type !== "message.posted" || typeof event.messageId !== "string" || typeof event.conversationId !== "string" || typeof event.seq !== "number") return false;
  if (event.authorId !== undefined && event.authorId !== null && typeof event.authorId !== "string") return false;
  // A `message` that is there but not a drawable message for this event is a broken contract, not "absent".
  if (event.message !== undefined && !(isRenderableMessage(event.message) && event.message.id === event.messageId && event.message.seq === event.seq)) return false;
  return event.row === undefined || (typeof event.row === "object" && event.row !== null);
}

export function openSse({ url, cookie, onMessagePosted, onError }: SseOptions): SseClient {
  let closed = false;
  let buffer = "";
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const fail = (error: Error) => {
    if (closed) return;
    closed = true;
    settle?.reject(error);
    onError?.(error);
  };

  const handleBlock = (block: string, arrivedAt: number) => {
    let eventName = "message";
    let data = "";
    for (const rawLine of block.split("\n")) {
      const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
      if (line === "" || line.startsWith(":")) continue;
      const colon = line.indexOf(":");
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") eventName = value;
      else if (field === "data") data = data ? `${data}\n${value}` : value;
    }
    if (eventName !== "message.posted" || !data || !onMessagePosted) return;
    const parsed: unknown = JSON.parse(data);
    if (isMessagePosted(parsed)) onMessagePosted(parsed, arrivedAt);
    else onError?.(new Error(`a message.posted event the bench does not understand: ${data.slice(0, 200)}`));
  };

  // agent: false gives every stream its own socket, outside the pool the POSTs use.
  const request = http.get(url, { agent: false, headers: { Cookie: cookie, Accept: "text/event-stream" } }, (response) => {
    if (response.statusCode !== 200) {
      response.resume();
      fail(new Error(`GET ${url} answered ${response.statusCode}`));
      return;
    }
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      // One timestamp per chunk, taken before any parsing, so parsing cost is not counted as latency.
      const arrivedAt = performance.now();
      settle?.resolve();
      buffer += chunk;
      let end = buffer.indexOf("\n\n");
      while (end !== -1) {
        handleBlock(buffer.slice(0, end), arrivedAt);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
      }
    });
    response.on("end", () => fail(new Error(`the server ended the event stream ${url}`)));
    response.on("error", fail);
  });
  request.on("error", fail);

  return {
    ready,
    close() {
      closed = true;
      request.destroy();
    },
  };
}

/** Opens many streams a batch at a time (a thousand handshakes at once would only measure the accept queue). */
export async function openMany(count: number, options: (index: number) => SseOptions, batch = 50): Promise<SseClient[]> {
  const clients: SseClient[] = [];
  for (let start = 0; start < count; start += batch) {
    const opened = Array.from({ length: Math.min(batch, count - start) }, (_, offset) => openSse(options(start + offset)));
    clients.push(...opened);
    try {
      await Promise.all(opened.map((client) => client.ready));
    } catch (error) {
      clients.forEach((client) => client.close());
      throw error;
    }
  }
  return clients;
}
