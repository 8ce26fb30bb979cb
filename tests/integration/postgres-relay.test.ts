// Several instances on one PostgreSQL database. Each instance here is its own Prisma client with
// its own log reader and relay, as in a process of its own: an event written through A reaches a
// stream served by B; a killed listener comes back and fills its gap from the log; and a reader
// never passes an id whose transaction may still commit, nor waits forever for one rolled back.
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { appendEvent, POSTGRES_EVENT_GUARD } from "@/lib/realtime/event-log";
import { announceEvents, describeReader, startEventLog } from "@/lib/realtime/event-log-reader";
import { LISTENER_APPLICATION_NAME, startPostgresRelay, type PostgresRelay } from "@/lib/realtime/postgres-relay";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { testProvider } from "../support/test-database";

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Another instance: its own client, reader and listener. */
async function instance(url: string, options: { onNews?: () => void } = {}): Promise<{ db: Db; relay: PostgresRelay }> {
  const db = createDb(url);
  await startEventLog(db);
  const relay = await startPostgresRelay(url, { onNews: () => (options.onNews?.(), void announceEvents(db)) });
  closers.push(async () => {
    await relay.close();
    await db.$disconnect();
  });
  return { db, relay };
}

/** What a reader stuck short of the committed events is waiting on: its own state, the rows, the
 * server's snapshot and every transaction of the server that holds an xid or the writers' lock. */
async function describeStall(url: string, db: Db, committed: number[], heard: number[]): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const rows = await admin.query(`SELECT array_agg("id" ORDER BY "id")::text AS ids, pg_current_snapshot()::text AS snapshot FROM "EventLogEntry"`);
    const holders = await admin.query(
      `SELECT a.datname, a.pid, a.state, a.backend_xid::text, a.backend_xmin::text, (now() - a.xact_start)::text AS age, left(a.query, 80) AS query,
              EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory') AS advisory
         FROM pg_stat_activity a WHERE a.backend_xid IS NOT NULL OR a.backend_xmin IS NOT NULL ORDER BY a.xact_start`,
    );
    return [
      `committed ${JSON.stringify([...committed].sort((x, y) => x - y))}, heard ${JSON.stringify(heard)}`,
      `reader ${JSON.stringify(describeReader(db))}`,
      `log ${rows.rows[0].ids}, snapshot ${rows.rows[0].snapshot}`,
      ...holders.rows.map((row) => `  ${JSON.stringify(row)}`),
    ].join("\n");
  } finally {
    await admin.end();
  }
}

function readEvent(conversationId: string, lastReadSeq: number): ChatEvent {
  return { type: "conversation.read", conversationId, userId: "someone", lastReadSeq, lastDeliveredSeq: lastReadSeq };
}

describe.runIf(testProvider === "postgres")("the event log across PostgreSQL instances", () => {
  it("an event written through instance A reaches a subscriber served by instance B", async () => {
    const url = process.env.DATABASE_URL!;
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const a = createDb(url);
    closers.push(() => a.$disconnect());
    await instance(url); // B: nothing but its notification makes it read
    const heard: Array<{ id: number; event: ChatEvent }> = [];
    const off = subscribe(buyer.id, (delivered) => heard.push(delivered));
    closers.push(async () => off());

    await a.$transaction((tx) => appendEvent(tx, [buyer.id], readEvent(conversation.id, 1)));
    await expect.poll(() => heard.map(({ event }) => event)).toEqual([readEvent(conversation.id, 1)]);
  });

  it("a listener whose connection is killed reconnects, again and again, and reads what was written while it was deaf", async () => {
    const url = process.env.DATABASE_URL!;
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const a = createDb(url);
    closers.push(() => a.$disconnect());
    await a.eventLogEntry.count(); // A's pool holds a connection before the database refuses new ones
    let news = 0;
    await instance(url, { onNews: () => news++ });
    const heard: ChatEvent[] = [];
    const off = subscribe(buyer.id, ({ event }) => heard.push(event));
    closers.push(async () => off());

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const kill = () => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [LISTENER_APPLICATION_NAME]);
      const listeners = async () => (await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()", [LISTENER_APPLICATION_NAME])).rows[0].n as number;
      for (const round of [1, 2]) {
        await kill();
        await expect.poll(() => news, { timeout: 10_000 }).toBe(round); // back, it reads at once
        expect(await listeners()).toBe(1);
      }
      // The database refuses connections for a while: the listener is deaf and keeps trying, and an
      // event written meanwhile (on a connection A already had) is read once it is back.
      const name = pg.escapeIdentifier((await admin.query("SELECT current_database() AS name")).rows[0].name as string);
      const maintenanceUrl = new URL(url);
      maintenanceUrl.pathname = "/postgres";
      const maintenance = new pg.Client({ connectionString: maintenanceUrl.toString() });
      await maintenance.connect();
      await maintenance.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      try {
        await kill();
        await a.$transaction((tx) => appendEvent(tx, [buyer.id], readEvent(conversation.id, 7)));
        await new Promise((resolve) => setTimeout(resolve, 2_000)); // two failed tries, at least
        expect(heard).toEqual([]);
      } finally {
        await maintenance.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await maintenance.end();
      }
      await expect.poll(() => heard, { timeout: 10_000 }).toEqual([readEvent(conversation.id, 7)]);
    } finally {
      await admin.end();
    }
  });

  // Its own time limit: under the whole suite on 2 cores the probes once took over 20 s.
  it("a reader polling during slow concurrent commits, some rolled back, delivers every committed event once, in id order", { timeout: 90_000 }, async () => {
    const url = process.env.DATABASE_URL!;
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const b = await instance(url);
    const heard: number[] = [];
    const off = subscribe(buyer.id, ({ id }) => heard.push(id));
    closers.push(async () => off());
    const writers = new pg.Pool({ connectionString: url, max: 20 });
    closers.push(() => writers.end());

    let committed: number[] = [];
    let writing = true;
    const polling = (async () => {
      while (writing) await announceEvents(b.db);
    })();
    try {
      // Twenty transactions write (which gives each its xid, as every change before its event does)
      // and insert their event at once, then each waits a different while before it commits; every
      // fifth rolls back. Ids commit out of order all the time: a reader that moved past a gap would
      // lose the late ones, one that waited for every gap to fill would hang on the rolled back ones.
      const event = JSON.stringify(readEvent(conversation.id, 1));
      committed = (
        await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            const client = await writers.connect();
            try {
              await client.query("BEGIN");
              await client.query(`UPDATE "Conversation" SET "lastMessageAt" = now() WHERE "id" = $1 AND false`, [conversation.id]);
              const { rows } = await client.query<{ id: string }>(`${POSTGRES_EVENT_GUARD} INSERT INTO "EventLogEntry" ("conversationId", "recipients", "event") SELECT $1, $2, $3 FROM "guard" RETURNING id`, [conversation.id, JSON.stringify([buyer.id]), event]);
              await client.query("SELECT pg_sleep($1)", [((i * 7) % 20) / 1000]);
              await client.query(i % 5 === 4 ? "ROLLBACK" : "COMMIT");
              return i % 5 === 4 ? [] : [Number(rows[0]!.id)];
            } finally {
              client.release();
            }
          }),
        )
      ).flat();
      // Other test files share the server in CI and hold its xid horizon: the probes can take a while.
      await expect
        .poll(() => heard.length, { timeout: 60_000 })
        .toBe(committed.length)
        .catch(async (error: unknown) => {
          // A stall is either the load or a reader waiting forever behind a gap: say which.
          throw new Error(`${String(error)}\n${await describeStall(url, b.db, committed, heard)}`);
        });
    } finally {
      // Stopped even when the wait fails, or this loop goes on delivering the next test's events.
      writing = false;
      await polling;
    }
    expect(heard).toEqual([...committed].sort((x, y) => x - y));
  });

  it("a writer that has taken its id and not yet inserted it holds the reader at that id until it commits", async () => {
    const url = process.env.DATABASE_URL!;
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const b = await instance(url);
    const heard: number[] = [];
    const off = subscribe(buyer.id, ({ event }) => heard.push((event as { lastReadSeq: number }).lastReadSeq));
    closers.push(async () => off());
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    closers.push(() => slow.end());

    // The slow writer does what appendEvent's statement does, stopped between the id and the row
    // (as a preempted process would be): the id is free in the index, so inserting it as a probe
    // succeeds, which alone must not let the reader pass it.
    await slow.query("BEGIN");
    await slow.query(`${POSTGRES_EVENT_GUARD} SELECT 1 FROM "guard"`);
    const { rows } = await slow.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('"EventLogEntry"', 'id')) AS id`);
    const a = createDb(url);
    closers.push(() => a.$disconnect());
    await a.$transaction((tx) => appendEvent(tx, [buyer.id], readEvent(conversation.id, 2)));
    for (let i = 0; i < 5; i++) await announceEvents(b.db);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the reader's retries run meanwhile
    expect(heard).toEqual([]);

    await slow.query(`INSERT INTO "EventLogEntry" ("id", "conversationId", "recipients", "event") VALUES ($1, $2, $3, $4)`, [rows[0]!.id, conversation.id, JSON.stringify([buyer.id]), JSON.stringify(readEvent(conversation.id, 1))]);
    await slow.query("COMMIT");
    await announceEvents(b.db);
    await expect.poll(() => heard).toEqual([1, 2]);
  });
});
