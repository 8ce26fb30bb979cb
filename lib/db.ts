// The only place that constructs a Prisma client. The adapter follows DATABASE_URL: a file:
// URL means SQLite through better-sqlite3 (the embedded default; see sqlite-adapter.ts), postgres:// means PostgreSQL
// through pg. Both generated clients come from the same models (prisma/schema.prisma), so the
// SQLite client's type describes both; Postgres-only query options are therefore not used.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { getEnv } from "@/lib/env";
import { serializedSqliteAdapter } from "@/lib/sqlite-adapter";

// Secrets never leave the database unless a query asks for them by name (omit: false).
const omit = { user: { passwordHash: true } } as const;

function createSqliteClient(url: string) {
  return new SqliteClient({ adapter: serializedSqliteAdapter(url, { timeout: 10_000 }), omit });
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

/** Disconnects and forgets the process-wide client (tests and CLI scripts). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.chatalogDb;
  globalForDb.chatalogDb = undefined;
  await db?.$disconnect();
}
