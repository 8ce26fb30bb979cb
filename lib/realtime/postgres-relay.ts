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
const RECONNECT_MS = 1_000;

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

export async function startPostgresRelay(url: string, options: { onRemote?: (recipients: string[], event: ChatEvent) => void } = {}): Promise<PostgresRelay> {
  const instanceId = randomUUID();
  const onRemote = options.onRemote ?? deliverLocally;
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  let listener: pg.Client | null = null;
  let closed = false;

  const listen = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const envelope = JSON.parse(message.payload) as Envelope;
        if (envelope.from !== instanceId) onRemote(envelope.to, envelope.event);
      } catch (error) {
        console.error("chatalog relay: unreadable notification", error);
      }
    });
    client.on("error", (error) => {
      console.error("chatalog relay: listener connection lost", error.message);
      void client.end().catch(() => {});
      if (!closed) setTimeout(() => void listen().catch(() => {}), RECONNECT_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
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
      await listener?.end().catch(() => {});
      await sender.end();
    },
  };
}
