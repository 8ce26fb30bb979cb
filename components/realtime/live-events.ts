// One EventSource per tab, shared by everything on the page that wants live events (the list,
// the timeline, the thread panel, the connection notice). The browser reconnects by itself and
// sends the last event id; the server then replays what was missed from its event log. When the
// server refuses the stream (signed out, restarted behind a proxy) the browser gives up, so we
// start a new one after a pause, naming where the old one stood.
import type { LiveEvent } from "@/lib/realtime/live-event";

/** Sent by the server when this person opened too many streams and this one, the oldest, ends
 * (lib/realtime/event-stream.ts). Reconnecting would only end another tab's stream in turn. */
const STREAM_REPLACED_EVENT = "stream.replaced";
/** Sent when what this tab missed cannot be replayed: everything on the page reloads what it shows,
 * as after a reconnect (lib/realtime/event-stream.ts). */
const STREAM_RESET_EVENT = "stream.reset";

type EventHandler = (event: LiveEvent) => void;
export type LiveStatus = "connecting" | "open" | "down";
type StatusListener = (status: LiveStatus, reconnected: boolean) => void;

// Every type the server sends, checked by the compiler: a new event type left out here would
// never reach a tab (EventSource only hands over the named events it is listening for).
const EVENT_TYPE_SET = { "message.posted": true, "message.updated": true, "conversation.read": true, "order.updated": true, "conversation.left": true } satisfies Record<LiveEvent["type"], true>;
const EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as LiveEvent["type"][];
const RESTART_AFTER_MS = 5000;

const handlers = new Set<EventHandler>();
const statusListeners = new Set<StatusListener>();
let source: EventSource | null = null;
let status: LiveStatus = "connecting";
let everOpened = false;
let restartTimer: ReturnType<typeof setTimeout> | null = null;
/** The id of the last event this tab got, kept for a stream started anew. */
let lastEventId = "";

/** The element a page renders with the event log's position at render time (LiveUpdates). */
export const EVENTS_SINCE_ELEMENT_ID = "events-since";

/** A tab's first stream starts where the server stood when it rendered the page, not where it
 * stands when the scripts have run: on a slow phone that is seconds later, and an event in between
 * (a buyer joining, a message) would reach the page's data too late and the stream too early. */
function renderedPosition(): string {
  const since = document.getElementById(EVENTS_SINCE_ELEMENT_ID)?.getAttribute("data-since") ?? "";
  return /^\d{1,19}$/.test(since) ? since : "";
}

function setStatus(next: LiveStatus, reconnected = false) {
  status = next;
  for (const listener of statusListeners) listener(next, reconnected);
}

function open() {
  if (!lastEventId) lastEventId = renderedPosition();
  source = new EventSource(lastEventId ? `/api/events?lastEventId=${encodeURIComponent(lastEventId)}` : "/api/events");
  source.onopen = () => {
    setStatus("open", everOpened);
    everOpened = true;
  };
  source.onerror = () => {
    setStatus("down");
    if (source?.readyState === EventSource.CLOSED && !restartTimer) {
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (handlers.size || statusListeners.size) open();
      }, RESTART_AFTER_MS);
    }
  };
  source.addEventListener(STREAM_REPLACED_EVENT, () => {
    source?.close();
    if (restartTimer) clearTimeout(restartTimer);
    restartTimer = null;
    setStatus("down");
  });
  source.addEventListener(STREAM_RESET_EVENT, (message) => {
    lastEventId = (message as MessageEvent<string>).lastEventId;
    setStatus("open", true);
  });
  for (const type of EVENT_TYPES) {
    source.addEventListener(type, (message) => {
      lastEventId = (message as MessageEvent<string>).lastEventId;
      const event = JSON.parse((message as MessageEvent<string>).data) as LiveEvent;
      for (const handler of handlers) handler(event);
    });
  }
}

/** Closes a little later, so moving from the list to a conversation keeps the same stream. */
function closeIfUnused() {
  setTimeout(() => {
    if (handlers.size || statusListeners.size) return;
    closeNow();
  }, 2000);
}

function closeNow() {
  source?.close();
  source = null;
  everOpened = false;
  lastEventId = "";
  if (restartTimer) clearTimeout(restartTimer);
  restartTimer = null;
}

/** Whether this tab's stream has passed events since the server rendered the page now shown. A page
 * reached by a tap (client-side navigation) keeps the stream the last page opened, and an event
 * that came in between its render and its first effect went to the page before: the page then
 * catches up once instead of waiting for the next event. */
export function missedSinceRender(): boolean {
  const since = renderedPosition();
  return Boolean(since && lastEventId && /^\d{1,19}$/.test(lastEventId) && BigInt(lastEventId) > BigInt(since));
}

export function subscribeLiveEvents(handler: EventHandler): () => void {
  handlers.add(handler);
  if (!source) open();
  return () => {
    handlers.delete(handler);
    closeIfUnused();
  };
}

/** Status changes; `reconnected` is true when the stream came back after a drop. */
export function subscribeLiveStatus(listener: StatusListener): () => void {
  statusListeners.add(listener);
  if (!source) open();
  listener(status, false);
  return () => {
    statusListeners.delete(listener);
    closeIfUnused();
  };
}
