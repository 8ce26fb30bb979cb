import { EVENTS_SINCE_ELEMENT_ID } from "./live-events";

/** Where the event log stood when the server rendered the page, read before the page's data
 * (lib/realtime/event-log-reader.ts deliveredThrough): the tab's first event stream starts there
 * (components/realtime/live-events.ts), so nothing that happens while a slow phone loads the page
 * is missed between the page's data and the stream. Every page with live parts renders one. */
export function EventsSince({ since }: { since: number }) {
  return <span hidden id={EVENTS_SINCE_ELEMENT_ID} data-since={since} />;
}
