// The event log (prisma/schema.prisma EventLogEntry): every live event is a row, written by the
// transaction that makes the change it tells of, so an event exists exactly when its change does.
// Each process delivers the log to its own open streams in id order (the log reader below): after
// a write on this process the writer asks it to read (announceEvents); other instances' writes
// reach it through PostgreSQL's notification (postgres-relay.ts) or, should one be lost, the poll.
// A stream that reconnects with the id of the last event it got is sent exactly the rows after
// it that its person may see (replayAfter), from whichever instance it reaches.
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb, runOnSqliteConnection, type Db, type Tx } from "@/lib/db";
import { toSqliteDateTime } from "@/lib/db-dates";
import { getEnv } from "@/lib/env";
import { deliverLocally, setOnSubscribe, type ChatEvent } from "./event-bus";

/** A reader reads at most this many rows at a time (and keeps reading while there are more). */
const READ_BATCH = 500;
/** A client that missed more than this reloads its views instead of replaying (see replayAfter). */
export const MAX_REPLAY = 500;
/** How long rows are kept; a client away longer reloads its views. */
export const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;

export interface LoggedEvent {
  id: number;
  recipients: string[];
  event: ChatEvent;
}

interface EventRow {
  id: number | bigint;
  recipients: string;
  event: string;
}

function parseRow(row: EventRow): LoggedEvent {
  return { id: Number(row.id), recipients: JSON.parse(row.recipients) as string[], event: JSON.parse(row.event) as ChatEvent };
}

// Ids are 64-bit (a busy cluster writes thousands of events a second). PostgreSQL hands them out
// from its sequence, in commit order (the migration's trigger). SQLite's BIGINT key is not its
// rowid, so the insert takes the next number itself: one writer at a time makes that safe, and
// pruning never deletes the newest row, so a number is never handed out twice.
const INSERT_SQL = `INSERT INTO "EventLogEntry" ("id", "conversationId", "recipients", "event", "createdAt")
  VALUES ((SELECT IFNULL(MAX("id"), 0) + 1 FROM "EventLogEntry"), ?, ?, ?, ?)`;

/** Writes an event in the caller's transaction. Write it as the transaction's last statement: on
 * PostgreSQL the row takes a lock until commit (the migration's trigger says why). */
export async function appendEvent(tx: Tx, recipients: string[], event: ChatEvent): Promise<void> {
  const row = { conversationId: event.conversationId, recipients: JSON.stringify([...new Set(recipients)]), event: JSON.stringify(event) };
  if (getEnv().provider === "sqlite") {
    await tx.$executeRawUnsafe(INSERT_SQL, row.conversationId, row.recipients, row.event, toSqliteDateTime(new Date()));
  } else {
    await tx.eventLogEntry.create({ data: row, select: { id: true } });
  }
}

const preparedInserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

/** appendEvent for the SQLite fast paths, inside their synchronous transactions. */
export function appendEventOnSqlite(connection: BetterSqlite3.Database, recipients: string[], event: ChatEvent): void {
  let insert = preparedInserts.get(connection);
  if (!insert) preparedInserts.set(connection, (insert = connection.prepare(INSERT_SQL)));
  insert.run(event.conversationId, JSON.stringify([...new Set(recipients)]), JSON.stringify(event), toSqliteDateTime(new Date()));
}

// ---- Reading: each process delivers the log to its own streams, in order -------------------------

interface Reader {
  /** The id of the newest row delivered (or there when the reader started). */
  lastSeen: number;
  ready: Promise<void>;
  /** The read that has been asked for and not yet started: later askers share it. */
  waiting: Promise<void> | null;
  /** The end of the chain of reads. */
  tail: Promise<void>;
}

const globalForLog = globalThis as unknown as { chatalogEventLog?: WeakMap<Db, Reader> };

const SQLITE_AFTER = `SELECT "id", "recipients", "event" FROM "EventLogEntry" WHERE "id" > ? ORDER BY "id" LIMIT ${READ_BATCH}`;
const preparedAfter = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement<[number]>>();

async function rowsAfter(db: Db, id: number): Promise<LoggedEvent[]> {
  // SQLite: a prepared statement on Prisma's connection (this runs for every event).
  const direct = runOnSqliteConnection(db, (connection) => {
    let after = preparedAfter.get(connection);
    if (!after) preparedAfter.set(connection, (after = connection.prepare<[number]>(SQLITE_AFTER)));
    return after.all(id) as EventRow[];
  });
  const rows = direct ? await direct : await db.eventLogEntry.findMany({ where: { id: { gt: BigInt(id) } }, orderBy: { id: "asc" }, take: READ_BATCH, select: { id: true, recipients: true, event: true } });
  return rows.map(parseRow);
}

async function newestId(db: Db): Promise<number> {
  const newest = await db.eventLogEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return Number(newest?.id ?? 0);
}

function readerOf(db: Db): Reader {
  globalForLog.chatalogEventLog ??= new WeakMap();
  let reader = globalForLog.chatalogEventLog.get(db);
  if (!reader) {
    const created: Reader = { lastSeen: 0, ready: Promise.resolve(), waiting: null, tail: Promise.resolve() };
    // Events written before this process listened are no news to its streams.
    created.ready = newestId(db).then((id) => {
      created.lastSeen = Math.max(created.lastSeen, id);
    });
    created.tail = created.ready;
    globalForLog.chatalogEventLog.set(db, (reader = created));
  }
  return reader;
}

async function drain(db: Db, reader: Reader): Promise<void> {
  for (;;) {
    const rows = await rowsAfter(db, reader.lastSeen);
    for (const row of rows) {
      reader.lastSeen = row.id;
      deliverLocally(row.recipients, row.event, row.id);
    }
    if (rows.length < READ_BATCH) return;
  }
}

// The first stream of a process starts its reader, so events written after it are delivered.
setOnSubscribe(() => void startEventLog());

/** Starts this process's reader (idempotent); resolves once it knows where the log stands. */
export function startEventLog(db: Db = getDb()): Promise<void> {
  return readerOf(db).ready;
}

/** Reads what was written since the last read and delivers it to this process's streams. Reads run
 * one after another; asking while one is waiting to start joins it. Resolves once delivered. */
export function announceEvents(db: Db = getDb()): Promise<void> {
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

/** The id of the newest event this process has delivered: a new stream starts there. */
export async function deliveredThrough(db: Db = getDb()): Promise<number> {
  const reader = readerOf(db);
  await reader.ready;
  return reader.lastSeen;
}

// ---- Replay -------------------------------------------------------------------------------------

/** Stream ids are the log's ids; anything else (or nothing) means "nothing to replay". */
export function parseLastEventId(header: string | null | undefined): number | null {
  if (!header || !/^\d{1,15}$/.test(header)) return null;
  return Number(header);
}

export type Replay = { kind: "events"; events: LoggedEvent[] } | { kind: "reset" };

/** What `userId` missed after event `afterId`: the rows meant for them in conversations they still
 * see, in order. "reset" when the gap cannot be replayed (more than MAX_REPLAY rows, or rows already
 * pruned): the client then reloads what it shows. */
export async function replayAfter(userId: string, afterId: number, db: Db = getDb()): Promise<Replay> {
  const [oldest, rows] = await Promise.all([
    db.eventLogEntry.findFirst({ orderBy: { id: "asc" }, select: { id: true, createdAt: true } }),
    db.eventLogEntry.findMany({
      where: { id: { gt: BigInt(afterId) }, conversation: conversationVisibleTo(userId) },
      orderBy: { id: "asc" },
      take: MAX_REPLAY + 1,
      select: { id: true, recipients: true, event: true },
    }),
  ]);
  // Pruning keeps the newest of the rows it could delete (pruneEventLog): when the oldest row is
  // that old, rows before it may be gone, and a client from before it cannot be replayed.
  const pruned = oldest !== null && oldest.createdAt.getTime() < Date.now() - KEEP_EVENTS_MS && afterId < Number(oldest.id);
  if (pruned || rows.length > MAX_REPLAY) return { kind: "reset" };
  return { kind: "events", events: rows.map(parseRow).filter((row) => row.recipients.includes(userId)) };
}

// ---- Upkeep -------------------------------------------------------------------------------------

/** Deletes rows older than KEEP_EVENTS_MS but the newest of them: that one marks where the pruned
 * part ends (replayAfter resets a client from before it). */
export async function pruneEventLog(db: Db = getDb(), now = Date.now()): Promise<number> {
  const old = { createdAt: { lt: new Date(now - KEEP_EVENTS_MS) } };
  const boundary = await db.eventLogEntry.findFirst({ where: old, orderBy: { id: "desc" }, select: { id: true } });
  if (!boundary) return 0;
  const { count } = await db.eventLogEntry.deleteMany({ where: { ...old, id: { lt: boundary.id } } });
  return count;
}

const POLL_MS = 2_000;
const PRUNE_MS = 10 * 60 * 1000;

/** The server's upkeep: a read every POLL_MS (so an event whose announcement was lost is delivered
 * anyway) and pruning every PRUNE_MS. Returns the function that stops both. */
export function keepEventLog(db: Db = getDb()): () => void {
  const poll = setInterval(() => void announceEvents(db), POLL_MS);
  const prune = setInterval(() => void pruneEventLog(db).catch((error: unknown) => console.error("chatalog event log: prune failed", error)), PRUNE_MS);
  poll.unref();
  prune.unref();
  void pruneEventLog(db).catch((error: unknown) => console.error("chatalog event log: prune failed", error));
  return () => {
    clearInterval(poll);
    clearInterval(prune);
  };
}
