// Events across instances that share one PostgreSQL database: each instance NOTIFYs a channel with
// the events it publishes and LISTENs for the others'. Delivery stays in memory on each instance;
// Postgres only carries the message, so there is no table to grow and nothing to clean up. A
// client that misses a notification while its instance reconnects still catches up from the
// database when its own stream reconnects (missed-events.ts).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { deliverLocally, type ChatEvent, type EventRelay } from "./event-bus";

const CHANNEL = "chatalog_events";
/** NOTIFY payloads must stay under 8,000 bytes: long audiences go in several notifications. */
const MAX_PAYLOAD = 7_500;
/** The listener's reconnect: first after this, doubling up to RECONNECT_MAX_MS, forever. */
const RECONNECT_MS = 500;
const RECONNECT_MAX_MS = 30_000;
/** How the listener's connection shows in pg_stat_activity (and how the tests find it). */
export const LISTENER_APPLICATION_NAME = "chatalog-relay-listener";

interface Envelope {
  from: string;
  to: string[];
  event: ChatEvent;
}

export interface PostgresRelay extends EventRelay {
  readonly instanceId: string;
  close(): Promise<void>;
}

/** The event without the message view it carries: the other instance's tabs fetch the message. */
function withoutView(event: ChatEvent): ChatEvent {
  if (event.type !== "message.posted" && event.type !== "message.updated") return event;
  return { ...event, message: undefined, row: undefined };
}

/** Envelopes for one event, each small enough for one NOTIFY. A message view too large for one
 * (a big album) travels without it. */
export function envelopes(from: string, recipients: string[], full: ChatEvent): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  const fits = JSON.stringify({ from, to: recipients.slice(0, 1), event: full } satisfies Envelope).length <= MAX_PAYLOAD;
  const event = fits ? full : withoutView(full);
  const encode = (to: string[]) => JSON.stringify({ from, to, event } satisfies Envelope);
  for (const recipient of recipients) {
    if (batch.length && encode([...batch, recipient]).length > MAX_PAYLOAD) {
      payloads.push(encode(batch));
      batch = [];
    }
    batch.push(recipient);
  }
  if (batch.length) payloads.push(encode(batch));
  return payloads;
}

export interface RelayOptions {
  onRemote?: (recipients: string[], event: ChatEvent) => void;
  /** The listener is back after losing its connection: whatever was sent meanwhile never reached
   * this instance. The server ends its event streams then, so every tab reconnects and catches up
   * (lib/server/serve.ts). */
  onReconnected?: () => void;
}

export async function startPostgresRelay(url: string, options: RelayOptions = {}): Promise<PostgresRelay> {
  const instanceId = randomUUID();
  const onRemote = options.onRemote ?? deliverLocally;
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  sender.on("error", (error) => console.error("chatalog relay: an idle sender connection failed", error.message));
  let listener: pg.Client | null = null;
  let closed = false;

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, application_name: LISTENER_APPLICATION_NAME });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const envelope = JSON.parse(message.payload) as Envelope;
        if (envelope.from !== instanceId) onRemote(envelope.to, envelope.event);
      } catch (error) {
        console.error("chatalog relay: unreadable notification", error);
      }
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
   * the relay is closed: a database that is away for a while must not leave this instance deaf. */
  const reconnect = async (): Promise<void> => {
    for (let wait = RECONNECT_MS; !closed; wait = Math.min(RECONNECT_MAX_MS, wait * 2)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (closed) return;
      try {
        await listen();
        console.error("chatalog relay: listening again");
        options.onReconnected?.();
        return;
      } catch (error) {
        console.error(`chatalog relay: reconnect failed (${(error as Error).message}); next try in ${Math.min(RECONNECT_MAX_MS, wait * 2) / 1000} s`);
      }
    }
  };
  await listen();

  return {
    instanceId,
    send(recipients, event) {
      for (const payload of envelopes(instanceId, recipients, event)) {
        sender.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]).catch((error: unknown) => console.error("chatalog relay: notify failed", error));
      }
    },
    async close() {
      closed = true;
      const current = listener;
      listener = null;
      await current?.end().catch(() => {});
      await sender.end();
    },
  };
}
