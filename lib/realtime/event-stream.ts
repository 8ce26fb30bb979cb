// One user's event stream, whatever carries it: the Next route (app/api/events, a web stream) or
// the chat gateway (lib/server, a Node response). It sends the reconnect delay, subscribes to the
// bus, replays from the event log what a reconnecting client missed (Last-Event-ID, or the
// lastEventId parameter of a stream the browser had to start anew), and keeps the connection
// alive with comments. Every event's SSE id is its row in the log, so the browser always knows
// where it stands. `write` returns false when the client stopped reading.
import { MAX_EVENT_STREAMS_PER_PERSON } from "@/lib/limits";
import { subscribe, type ChatEvent, type DeliveredEvent } from "./event-bus";
import { parseLastEventId, replayAfter } from "./event-log";
import { deliveredThrough } from "./event-log-reader";
import { toLiveEvent } from "./live-event";

const HEARTBEAT_MS = 25_000;
/** A client that has not read this much is gone or stuck: drop it; its browser reconnects and replays. */
export const MAX_UNREAD_BYTES = 256 * 1024;

export interface EventSink {
  /** Queues text for the client; false when the client is not keeping up. */
  write(text: string): boolean;
  /** Bytes written but not yet taken by the client. */
  backlog(): number;
  /** Drops the connection at once (a client that stopped reading). */
  close(): void;
  /** Ends the response after what was written (default: close). */
  end?(): void;
}

function frame(id: number, event: ChatEvent, recipientId: string): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(toLiveEvent(event, recipientId))}\n\n`;
}

// An event reaches every open tab of its audience; a message event reads differently only to its
// author. So each event is serialised at most twice (author, everyone else), not once per tab.
const framesOf = new WeakMap<DeliveredEvent, Map<boolean, string>>();

function sharedFrame(delivered: DeliveredEvent, recipientId: string): string {
  const { id, event } = delivered;
  const authorId = "authorId" in event ? event.authorId : undefined;
  const isAuthor = authorId === recipientId;
  let frames = framesOf.get(delivered);
  if (!frames) framesOf.set(delivered, (frames = new Map()));
  let text = frames.get(isAuthor);
  if (text === undefined) frames.set(isAuthor, (text = frame(id, event, recipientId)));
  return text;
}

/** The event a stream gets before the server closes it for good: the tab should not reconnect. */
export const STREAM_REPLACED_EVENT = "stream.replaced";
/** The event a stream gets when what the tab missed cannot be replayed (too much, or older than
 * the log keeps): the tab reloads what it shows. */
export const STREAM_RESET_EVENT = "stream.reset";

/** Each person's open streams, oldest first: one person holds at most MAX_EVENT_STREAMS_PER_PERSON. */
const streamsByPerson = new Map<string, Set<() => void>>();

/** Keeps one more stream for `userId`, ending their oldest if they already hold the most. */
function admit(userId: string, replace: () => void): () => void {
  let streams = streamsByPerson.get(userId);
  if (!streams) streamsByPerson.set(userId, (streams = new Set()));
  while (streams.size >= MAX_EVENT_STREAMS_PER_PERSON) {
    const oldest = streams.values().next().value;
    if (!oldest) break;
    streams.delete(oldest);
    oldest();
  }
  streams.add(replace);
  return () => {
    streams.delete(replace);
    if (!streams.size) streamsByPerson.delete(userId);
  };
}

/** How many streams a person holds now (tests, diagnostics). */
export function openStreamCount(userId: string): number {
  return streamsByPerson.get(userId)?.size ?? 0;
}

/** Starts streaming; returns the function that stops it (call it when the client goes away). */
export function openEventStream(userId: string, lastEventId: string | null, sink: EventSink): () => void {
  let open = true;
  const send = (text: string) => {
    if (!open) return;
    sink.write(text);
    // Backpressure: a phone that stopped reading must not make the server hold its events forever.
    if (sink.backlog() > MAX_UNREAD_BYTES) {
      stop();
      sink.close();
    }
  };
  send(`retry: 3000\n: connected\n\n`);
  // Subscribe before reading the log, so nothing falls between the two; what arrives meanwhile
  // waits until the replay (or the starting position) has been sent, and is sent after it in order.
  let waiting: DeliveredEvent[] | null = [];
  const unsubscribe = subscribe(userId, (delivered) => (waiting ? waiting.push(delivered) : send(sharedFrame(delivered, userId))));
  const startFrom = (sentThrough: number) => {
    const held = waiting ?? [];
    waiting = null;
    for (const delivered of held) if (delivered.id > sentThrough) send(sharedFrame(delivered, userId));
  };
  const replayFrom = parseLastEventId(lastEventId);
  const begin = async () => {
    if (replayFrom === null) {
      // A new stream: an id alone (no event: the browser dispatches nothing) tells the browser
      // where it starts, so even a drop before its first event reconnects with a position.
      const position = await deliveredThrough();
      if (!waiting?.length) send(`id: ${position}\n\n`);
      startFrom(0);
      return;
    }
    const replay = await replayAfter(userId, replayFrom, await deliveredThrough());
    if (replay.kind === "reset") {
      send(`id: ${await deliveredThrough()}\nevent: ${STREAM_RESET_EVENT}\ndata: {}\n\n`);
      startFrom(0);
      return;
    }
    let through = replayFrom;
    for (const { id, event } of replay.events) {
      send(frame(id, event, userId));
      through = id;
    }
    startFrom(through);
  };
  begin().catch((error: unknown) => {
    console.error(error);
    startFrom(0);
  });
  const heartbeat = setInterval(() => send(`: ping\n\n`), HEARTBEAT_MS);
  const stop = () => {
    if (!open) return;
    open = false;
    clearInterval(heartbeat);
    unsubscribe();
    release();
  };
  // One person opening stream after stream (a script, or tabs without end) ends their oldest; that
  // tab is told not to reconnect, or two tabs would take turns ending each other.
  const release = admit(userId, () => {
    send(`event: ${STREAM_REPLACED_EVENT}\ndata: {}\n\n`);
    stop();
    (sink.end ?? sink.close)();
  });
  return stop;
}
