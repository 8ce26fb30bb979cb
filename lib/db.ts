// The only place that constructs a Prisma client. The adapter follows DATABASE_URL: a file:
// URL means SQLite through better-sqlite3 (the embedded default; see sqlite-adapter.ts), postgres:// means PostgreSQL
// through pg. Both generated clients come from the same models (prisma/schema.prisma), so the
// SQLite client's type describes both; Postgres-only query options are therefore not used.
import { PrismaPg } from "@prisma/adapter-pg";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { getEnv } from "@/lib/env";
import { serializedSqliteAdapter, type SerializedSqliteFactory } from "@/lib/sqlite-adapter";

// Secrets never leave the database unless a query asks for them by name (omit: false).
const omit = { user: { passwordHash: true } } as const;

// The adapter travels on the client itself (not in a module-level map): Next may load this module
// once per route bundle, and the client on globalThis is shared by all of them.
const ADAPTER = Symbol.for("chatalog.sqliteAdapter");

function createSqliteClient(url: string) {
  const adapter = serializedSqliteAdapter(url, { timeout: 10_000 });
  const client = new SqliteClient({ adapter, omit });
  Object.defineProperty(client, ADAPTER, { value: adapter });
  return client;
}

export type Db = ReturnType<typeof createSqliteClient>;
/** A transaction client, as passed to db.$transaction(async (tx) => ...). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(url: string): Db {
  if (url.startsWith("file:")) return createSqliteClient(url);
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), omit });
  // Same models, same runtime API; only the generated types are per provider.
  return client as unknown as Db;
}

const globalForDb = globalThis as unknown as { chatalogDb?: Db };

/** The process-wide client (a singleton on globalThis so Next's dev reloads reuse it). */
export function getDb(): Db {
  globalForDb.chatalogDb ??= createDb(getEnv().databaseUrl);
  return globalForDb.chatalogDb;
}

/** Synchronous work on a SQLite client's own connection, in turn with its other queries; null on
 * PostgreSQL or before the client has connected. See SerializedAdapter.runDirect. */
export function runOnSqliteConnection<T>(db: Db, work: (connection: BetterSqlite3.Database) => T): Promise<T> | null {
  const adapter = (db as unknown as Record<symbol, SerializedSqliteFactory | undefined>)[ADAPTER];
  return adapter?.connected()?.runDirect(work) ?? null;
}

/** Disconnects and forgets the process-wide client (tests and CLI scripts). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.chatalogDb;
  globalForDb.chatalogDb = undefined;
  await db?.$disconnect();
}
