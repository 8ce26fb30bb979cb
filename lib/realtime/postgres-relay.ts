// Instances sharing one PostgreSQL database hear of each other's events: the event log's trigger
// (prisma/postgres/migrations/0007_event_log) notifies the channel at every commit that wrote
// events, and each instance LISTENs and then reads the new rows itself (event-log-reader.ts). The
// notification carries nothing but the news, so its size never limits an event, and a lost one
// loses nothing: the next one, the reconnect below or the reader's poll reads from where it was.
import pg from "pg";
import { readNewEvents } from "./event-log-reader";

export const CHANNEL = "chatalog_events";
/** The listener's reconnect: first after this, doubling up to RECONNECT_MAX_MS, forever. */
const RECONNECT_MS = 500;
const RECONNECT_MAX_MS = 30_000;
/** How the listener's connection shows in pg_stat_activity (and how the tests find it). */
export const LISTENER_APPLICATION_NAME = "chatalog-relay-listener";

export interface PostgresRelay {
  close(): Promise<void>;
}

export interface RelayOptions {
  /** What to do on news (default: read the log and deliver). */
  onNews?: () => void;
}

export async function startPostgresRelay(url: string, options: RelayOptions = {}): Promise<PostgresRelay> {
  const onNews = options.onNews ?? (() => void readNewEvents());
  let listener: pg.Client | null = null;
  let closed = false;

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, application_name: LISTENER_APPLICATION_NAME });
    client.on("notification", (message) => {
      if (message.channel === CHANNEL) onNews();
    });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return; // "error" and "end" both come for one loss
      lost = true;
      if (listener === client) listener = null;
      void client.end().catch(() => {});
      if (closed) return;
      console.error(`chatalog relay: listener connection lost (${reason}); reconnecting`);
      void reconnect();
    };
    client.on("error", (error) => onLost(error.message));
    client.on("end", () => onLost("closed"));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost = true;
      void client.end().catch(() => {});
      throw error;
    }
    listener = client;
  };

  /** Tries again and again, waiting longer each time (up to half a minute), until it listens or
   * the relay is closed: a database that is away for a while must not leave this instance deaf.
   * Back, it reads whatever was written meanwhile. */
  const reconnect = async (): Promise<void> => {
    for (let wait = RECONNECT_MS; !closed; wait = Math.min(RECONNECT_MAX_MS, wait * 2)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (closed) return;
      try {
        await listen();
        console.error("chatalog relay: listening again");
        onNews();
        return;
      } catch (error) {
        console.error(`chatalog relay: reconnect failed (${(error as Error).message}); next try in ${Math.min(RECONNECT_MAX_MS, wait * 2) / 1000} s`);
      }
    }
  };
  await listen();

  return {
    async close() {
      closed = true;
      const current = listener;
      listener = null;
      await current?.end().catch(() => {});
    },
  };
}
