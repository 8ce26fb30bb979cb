// Each process delivers the event log (event-log.ts) to its own open streams, in id order and once
// each. After a write on this process the writer asks its reader to read (announceEvents); other
// instances' writes reach it through PostgreSQL's notification (postgres-relay.ts) or, should one
// be lost, the poll (keepEventLog).
//
// Ids in commit order: on SQLite one writer at a time takes the next id, so they are. On PostgreSQL
// a sequence hands ids out at insert and transactions commit in their own order: a read can show
// id 11 while id 10 is still being committed (or rolled back). Moving past 10 would lose it, and a
// lock from insert to commit would make every writer of events wait in line. So the reader stops
// at a gap and notes the newest transaction that could be holding it (the read's snapshot xmax).
// Once every transaction older than that has ended (a later read's snapshot xmin has passed it),
// the missing id either showed up (it committed) or never will (it rolled back). Each writing
// transaction has its xid before it takes an event id (event-log.ts), which is what makes this
// exact. That horizon also waits for unrelated writing transactions (a long broadcast, another
// database's work on the same server), so a gap it has not settled is probed, in two ways that
// each give only a sure answer:
// - every writer holds EVENT_WRITERS_LOCK (shared) from before it takes an id until it ends; when
//   the probe gets it for itself without waiting, no id handed out so far is still in flight;
// - inserting the missing id waits for the transaction that has already inserted it (a unique key
//   waits on an insert in progress) and tells whether it committed. Finding it free proves nothing
//   alone: its writer may have taken the id and not yet reached the index (a preempted process).
// The probe always rolls back. A transaction that is slow to commit delays delivery behind it,
// never loses it.
import { getDb, runOnSqliteConnection, type Db } from "@/lib/db";
import { deliverLocally, setOnSubscribe } from "./event-bus";
import { EVENT_WRITERS_LOCK, newestId, parseRow, pruneEventLog, type EventRow, type LoggedEvent } from "./event-log";

/** A read takes at most this many rows (and reads on while there are more). */
const READ_BATCH = 500;
/** How soon to look again while a gap waits on a transaction still running. */
const GAP_RETRY_MS = 5;

interface Reader {
  /** The id of the newest row delivered (or there when the reader started). */
  lastSeen: number;
  /** The gap after lastSeen waits for every transaction older than this xid to end (PostgreSQL). */
  gapHorizon: bigint | null;
  /** Missing ids whose transaction the probe saw end: a read after that has them, or never will. */
  probed: Set<number>;
  ready: Promise<void>;
  /** The read that has been asked for and not yet started: later askers share it. */
  waiting: Promise<void> | null;
  /** The end of the chain of reads. */
  tail: Promise<void>;
  retry: ReturnType<typeof setTimeout> | null;
}

interface Batch {
  rows: LoggedEvent[];
  /** The read's snapshot (PostgreSQL): every xid below xmin has ended; xmax is the next to start. */
  xmin?: bigint;
  xmax?: bigint;
}

const globalForLog = globalThis as unknown as { chatalogEventLog?: WeakMap<Db, Reader> };

const SQLITE_AFTER = `SELECT "id", "recipients", "event" FROM "EventLogEntry" WHERE "id" > ? ORDER BY "id" LIMIT ${READ_BATCH}`;
// One round trip: the rows and the snapshot they were read in (the LEFT JOIN keeps the snapshot row
// when there are no rows).
const POSTGRES_AFTER = `SELECT s.xmin, s.xmax, e."id", e."recipients", e."event"
  FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax) s
  LEFT JOIN LATERAL (SELECT "id", "recipients", "event" FROM "EventLogEntry" WHERE "id" > $1 ORDER BY "id" LIMIT ${READ_BATCH}) e ON true`;

const preparedAfter = new WeakMap<object, { all(id: number): unknown[] }>();

async function readAfter(db: Db, id: number): Promise<Batch> {
  // SQLite: a prepared statement on Prisma's connection (this runs for every event).
  const direct = runOnSqliteConnection(db, (connection) => {
    let after = preparedAfter.get(connection);
    if (!after) preparedAfter.set(connection, (after = connection.prepare<[number]>(SQLITE_AFTER)));
    return after.all(id) as EventRow[];
  });
  if (direct) return { rows: (await direct).map(parseRow) };
  const found = await db.$queryRawUnsafe<Array<{ xmin: string; xmax: string } & Partial<EventRow>>>(POSTGRES_AFTER, BigInt(id));
  const rows = found.flatMap((row) => (row.id === null || row.id === undefined ? [] : [parseRow(row as EventRow)]));
  return { rows, xmin: BigInt(found[0]!.xmin), xmax: BigInt(found[0]!.xmax) };
}

function readerOf(db: Db): Reader {
  globalForLog.chatalogEventLog ??= new WeakMap();
  let reader = globalForLog.chatalogEventLog.get(db);
  if (!reader) {
    const created: Reader = { lastSeen: 0, gapHorizon: null, probed: new Set(), ready: Promise.resolve(), waiting: null, tail: Promise.resolve(), retry: null };
    // Events written before this process listened are no news to its streams. (A row still being
    // committed below the newest is one such: it was written before, too.)
    created.ready = newestId(db).then((id) => {
      created.lastSeen = Math.max(created.lastSeen, id);
    });
    created.tail = created.ready;
    globalForLog.chatalogEventLog.set(db, (reader = created));
  }
  return reader;
}

/** Delivers rows in order; the missing id it stopped at, when a gap may still fill. */
function deliverInOrder(reader: Reader, batch: Batch): number | null {
  for (const row of batch.rows) {
    while (row.id !== reader.lastSeen + 1 && batch.xmax !== undefined) {
      const missing = reader.lastSeen + 1;
      // The probe saw its transaction end before this read, which does not have it: rolled back.
      if (reader.probed.delete(missing)) {
        reader.lastSeen = missing;
        continue;
      }
      reader.gapHorizon ??= batch.xmax;
      if (batch.xmin! < reader.gapHorizon) return missing; // its transaction may be running
      break; // Settled: every id missing here rolled back (had one committed, this read would have it).
    }
    reader.gapHorizon = null;
    reader.probed.clear();
    reader.lastSeen = row.id;
    deliverLocally(row.recipients, row.event, row.id);
  }
  return null;
}

class ProbeDone extends Error {}
const PROBE_QUIET_SQL = `SELECT pg_try_advisory_xact_lock(${EVENT_WRITERS_LOCK}) AS "quiet"`;
const PROBE_TAKEN_SQL = `INSERT INTO "EventLogEntry" ("id", "conversationId", "recipients", "event") VALUES ($1, '', '[]', '{}') ON CONFLICT ("id") DO NOTHING`;

/** True once the transaction that took `id` has surely ended (committed or rolled back): no writer
 * is in flight, or the id's row is there, committed. False when that is not known yet (a writer
 * still running, the id free in the index, a lock timeout, a busy machine): the id is read again
 * later. Only a sure answer may let the reader pass an id, which it then never reads again. Never
 * writes anything. */
async function probe(db: Db, id: number): Promise<boolean> {
  let ended = false;
  await db
    .$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<Array<{ quiet: boolean }>>(PROBE_QUIET_SQL);
      if (row?.quiet) {
        ended = true;
        throw new ProbeDone();
      }
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '1s'`);
      // Waits while the id is being inserted. Taken (it committed): nothing happens. Free: our row
      // fails its foreign key, which leaves `ended` false, as does any other error.
      await tx.$executeRawUnsafe(PROBE_TAKEN_SQL, BigInt(id)).then(
        () => (ended = true),
        () => undefined,
      );
      throw new ProbeDone();
    })
    .catch((error: unknown) => {
      if (!(error instanceof ProbeDone)) throw error;
    });
  return ended;
}

async function drain(db: Db, reader: Reader): Promise<void> {
  for (;;) {
    const batch = await readAfter(db, reader.lastSeen);
    const missing = deliverInOrder(reader, batch);
    if (missing !== null) {
      // Read again at once when the probe says the holder has ended; else a little later.
      if (await probe(db, missing).catch(() => false)) {
        reader.probed.add(missing);
        continue;
      }
      reader.retry ??= setTimeout(() => {
        reader.retry = null;
        void readNewEvents(db);
      }, GAP_RETRY_MS);
      return;
    }
    if (batch.rows.length < READ_BATCH) return;
  }
}

// The first stream of a process starts its reader, so events written after it are delivered.
setOnSubscribe(() => void startEventLog());

/** Starts this process's reader (idempotent); resolves once it knows where the log stands. */
export function startEventLog(db: Db = getDb()): Promise<void> {
  return readerOf(db).ready;
}

/** How other instances hear that this one wrote events, when the database does not tell them
 * itself (Redis: lib/realtime/redis-relay.ts). */
type NewsOut = () => void;
const globalForNews = globalThis as unknown as { chatalogNewsOut?: NewsOut };

export function setNewsOut(newsOut: NewsOut | undefined): void {
  globalForNews.chatalogNewsOut = newsOut;
}

/** After a commit that wrote events: tells the other instances (where that is needed) and
 * delivers them here. Resolves once delivered here. */
export function announceEvents(db: Db = getDb()): Promise<void> {
  globalForNews.chatalogNewsOut?.();
  return readNewEvents(db);
}

/** Reads what was written since the last read and delivers it to this process's streams. Reads run
 * one after another; asking while one is waiting to start joins it. Resolves once delivered. */
export function readNewEvents(db: Db = getDb()): Promise<void> {
  const reader = readerOf(db);
  if (reader.waiting) return reader.waiting;
  const read = reader.tail.then(() => {
    reader.waiting = null;
    return drain(db, reader);
  });
  const settled = read.catch((error: unknown) => console.error("chatalog event log: read failed", error));
  reader.waiting = settled;
  reader.tail = settled;
  return settled;
}

/** The id of the newest event this process has delivered: a new stream starts there, and a replay
 * ends there (what comes after reaches the stream live). */
export async function deliveredThrough(db: Db = getDb()): Promise<number> {
  const reader = readerOf(db);
  await reader.ready;
  return reader.lastSeen;
}

/** Where a reader stands (for a test that finds it stuck to say why). */
export function describeReader(db: Db = getDb()): { lastSeen: number; gapHorizon: string | null; probed: number[]; retrying: boolean } {
  const reader = readerOf(db);
  return { lastSeen: reader.lastSeen, gapHorizon: reader.gapHorizon?.toString() ?? null, probed: [...reader.probed], retrying: reader.retry !== null };
}

const POLL_MS = 2_000;
const PRUNE_MS = 10 * 60 * 1000;

/** The server's upkeep: a read every POLL_MS (so an event whose announcement was lost is delivered
 * anyway) and pruning every PRUNE_MS. Returns the function that stops both. */
export function keepEventLog(db: Db = getDb()): () => void {
  const prune = () => void pruneEventLog(db).catch((error: unknown) => console.error("chatalog event log: prune failed", error));
  const polling = setInterval(() => void readNewEvents(db), POLL_MS);
  const pruning = setInterval(prune, PRUNE_MS);
  polling.unref();
  pruning.unref();
  prune();
  return () => {
    clearInterval(polling);
    clearInterval(pruning);
    const retry = readerOf(db).retry;
    if (retry) clearTimeout(retry);
  };
}
