// The event log (prisma/schema.prisma EventLogEntry): every live event is a row, written by the
// transaction that makes the change it tells of, so an event exists exactly when its change does.
// Each process delivers the log to its own open streams in id order (event-log-reader.ts). A
// stream that reconnects with the id of the last event it got is sent exactly the rows after it
// that its person may see (replayAfter), from whichever instance it reaches.
import type BetterSqlite3 from "better-sqlite3";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb, type Db, type Tx } from "@/lib/db";
import { toSqliteDateTime } from "@/lib/db-dates";
import { getEnv } from "@/lib/env";
import type { ChatEvent } from "./event-bus";

/** A client that missed more than this reloads its views instead of replaying (see replayAfter). */
export const MAX_REPLAY = 500;
/** How long rows are kept; a client away longer reloads its views. */
export const KEEP_EVENTS_MS = 24 * 60 * 60 * 1000;

export interface LoggedEvent {
  id: number;
  recipients: string[];
  event: ChatEvent;
}

export interface EventRow {
  id: number | bigint;
  recipients: string;
  event: string;
}

export function parseRow(row: EventRow): LoggedEvent {
  return { id: Number(row.id), recipients: JSON.parse(row.recipients) as string[], event: JSON.parse(row.event) as ChatEvent };
}

// Ids are 64-bit (a busy cluster writes thousands of events a second). SQLite's BIGINT key is not
// its rowid, so the insert takes the next number itself: one writer at a time makes that safe (ids
// commit in order), and pruning never deletes the newest row, so no number is handed out twice.
const INSERT_SQL = `INSERT INTO "EventLogEntry" ("id", "conversationId", "recipients", "event", "createdAt")
  VALUES ((SELECT IFNULL(MAX("id"), 0) + 1 FROM "EventLogEntry"), ?, ?, ?, ?)`;
// PostgreSQL's sequence hands out ids as rows are inserted, and transactions commit in their own
// order, so a reader can see id 11 before id 10 commits (event-log-reader.ts waits such a gap out).
// That wait needs two things of every writer before it takes an event id: its transaction id (xid;
// the change the event tells of was written first, which gave it one, and the guard makes sure),
// and a shared hold on EVENT_WRITERS_LOCK until it ends. Shared holds never wait for each other; a
// reader that gets the lock for itself (without waiting, pg_try_advisory_xact_lock) knows that no
// id handed out so far still belongs to a running transaction. The guard is a MATERIALIZED CTE so
// both run, once, before the row (and its id) is made.
export const EVENT_WRITERS_LOCK = 724_117_002;
export const POSTGRES_EVENT_GUARD = `WITH "guard" AS MATERIALIZED (SELECT pg_current_xact_id() AS "xid", pg_advisory_xact_lock_shared(${EVENT_WRITERS_LOCK}) AS "held")`;
const POSTGRES_INSERT_SQL = `${POSTGRES_EVENT_GUARD}
  INSERT INTO "EventLogEntry" ("conversationId", "recipients", "event") SELECT $1, $2, $3 FROM "guard"`;

/** Writes an event in the caller's transaction, after the change it tells of. */
export async function appendEvent(tx: Tx, recipients: string[], event: ChatEvent): Promise<void> {
  const row = { conversationId: event.conversationId, recipients: JSON.stringify([...new Set(recipients)]), event: JSON.stringify(event) };
  if (getEnv().provider === "sqlite") {
    await tx.$executeRawUnsafe(INSERT_SQL, row.conversationId, row.recipients, row.event, toSqliteDateTime(new Date()));
  } else {
    await tx.$executeRawUnsafe(POSTGRES_INSERT_SQL, row.conversationId, row.recipients, row.event);
  }
}

const preparedInserts = new WeakMap<BetterSqlite3.Database, BetterSqlite3.Statement>();

/** appendEvent for the SQLite fast paths, inside their synchronous transactions. */
export function appendEventOnSqlite(connection: BetterSqlite3.Database, recipients: string[], event: ChatEvent): void {
  let insert = preparedInserts.get(connection);
  if (!insert) preparedInserts.set(connection, (insert = connection.prepare(INSERT_SQL)));
  insert.run(event.conversationId, JSON.stringify([...new Set(recipients)]), JSON.stringify(event), toSqliteDateTime(new Date()));
}

// ---- Replay -------------------------------------------------------------------------------------

/** Stream ids are the log's ids; anything else (or nothing) means "nothing to replay". */
export function parseLastEventId(header: string | null | undefined): number | null {
  if (!header || !/^\d{1,15}$/.test(header)) return null;
  return Number(header);
}

export type Replay = { kind: "events"; events: LoggedEvent[] } | { kind: "reset" };

/** What `userId` missed after event `afterId`, up to `upTo` (what this process has delivered: later
 * rows reach the stream live): the rows meant for them in conversations they still see (and the
 * notices of conversations they left), in order.
 * "reset" when the gap cannot be replayed (more than MAX_REPLAY rows, or rows already pruned): the
 * client then reloads what it shows. */
const LEFT_EVENT_PREFIX = JSON.stringify({ type: "conversation.left" }).slice(0, -1);

export async function replayAfter(userId: string, afterId: number, upTo: number, db: Db = getDb()): Promise<Replay> {
  const [oldest, rows] = await Promise.all([
    db.eventLogEntry.findFirst({ orderBy: { id: "asc" }, select: { id: true, createdAt: true } }),
    db.eventLogEntry.findMany({
      // Rows of conversations they still see, and the notice that they left one (removed from a
      // buyer's team), which says no more than the conversation's id.
      where: { id: { gt: BigInt(afterId), lte: BigInt(upTo) }, OR: [{ conversation: conversationVisibleTo(userId) }, { event: { startsWith: LEFT_EVENT_PREFIX } }] },
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

export async function newestId(db: Db): Promise<number> {
  const newest = await db.eventLogEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return Number(newest?.id ?? 0);
}

/** Deletes rows older than KEEP_EVENTS_MS but the newest of them: that one marks where the pruned
 * part ends (replayAfter resets a client from before it). */
export async function pruneEventLog(db: Db = getDb(), now = Date.now()): Promise<number> {
  const old = { createdAt: { lt: new Date(now - KEEP_EVENTS_MS) } };
  const boundary = await db.eventLogEntry.findFirst({ where: old, orderBy: { id: "desc" }, select: { id: true } });
  if (!boundary) return 0;
  const { count } = await db.eventLogEntry.deleteMany({ where: { ...old, id: { lt: boundary.id } } });
  return count;
}
