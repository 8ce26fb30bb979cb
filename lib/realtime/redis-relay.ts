// The news that events were written, carried by Redis pub/sub instead of PostgreSQL's NOTIFY
// (EVENT_NEWS=redis): for sites whose database is busy enough that its notification queue matters.
// The events themselves stay in the event log; Redis carries an empty message after each commit
// that wrote some (`announce`, installed with setNewsOut in event-log-reader.ts), and every
// instance then reads the log. A lost
// message loses nothing: the next one, the reconnect (the client retries forever, with backoff,
// and reads the log once it is back) or the reader's poll reads from where the instance was.
import { createClient } from "redis";
import { readNewEvents } from "./event-log-reader";
import type { RelayOptions } from "./postgres-relay";

const CHANNEL = "chatalog_events";
const RECONNECT_MAX_MS = 30_000;

export interface RedisRelay {
  /** Tells every instance (this one too) that events were written. */
  announce(): void;
  close(): Promise<void>;
}

export async function startRedisRelay(url: string, options: RelayOptions = {}): Promise<RedisRelay> {
  const onNews = options.onNews ?? (() => void readNewEvents());
  const reconnectStrategy = (retries: number) => Math.min(RECONNECT_MAX_MS, 500 * 2 ** Math.min(retries, 6));
  const publisher = createClient({ url, socket: { reconnectStrategy } });
  const subscriber = publisher.duplicate();
  let everReady = false;
  for (const [name, client] of [["publisher", publisher], ["listener", subscriber]] as const) {
    client.on("error", (error: Error) => console.error(`chatalog redis relay: ${name}: ${error.message}`));
  }
  // Back after a drop: what was announced meanwhile never reached this instance; read the log.
  subscriber.on("ready", () => {
    if (everReady) onNews();
    everReady = true;
  });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(CHANNEL, () => onNews());
  return {
    announce() {
      // Down for a moment: nothing is lost, the others' poll or this client's return reads the log.
      if (publisher.isReady) publisher.publish(CHANNEL, "").catch((error: unknown) => console.error("chatalog redis relay: publish failed", error));
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
