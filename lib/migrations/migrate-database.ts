// Applies the migration history of the configured provider, in order, each in a transaction,
// recording what was applied (name + checksum) in _chatalog_migrations. Used by `npm start`,
// `npm run db:migrate` and the test harness.
//
// Why not `prisma migrate deploy`: Chatalog runs Prisma without native engines, and the wasm
// schema engine cannot migrate PostgreSQL through the pg adapter (prisma/orm#27403). One small
// runner for both providers keeps start-up identical and fast.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export type Provider = "sqlite" | "postgres";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function providerOf(url: string): Provider {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

export function migrationsDir(provider: Provider, root = process.cwd()): string {
  return provider === "sqlite" ? path.join(root, "prisma", "migrations") : path.join(root, "prisma", "postgres", "migrations");
}

export function readMigrations(provider: Provider, root = process.cwd()): Migration[] {
  const dir = migrationsDir(provider, root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export function sqliteFilePath(url: string): string {
  return path.resolve(url.slice("file:".length).split("?")[0] ?? "");
}

function assertUnchanged(migration: Migration, recorded: string | undefined): boolean {
  if (recorded === undefined) return false;
  if (recorded !== migration.checksum) {
    throw new Error(`Migration ${migration.name} was changed after it was applied. Add a new migration instead of editing an old one.`);
  }
  return true;
}

function migrateSqlite(url: string, migrations: Migration[]): string[] {
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets readers and the one writer work at once; it is a property of the file.
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 10000");
    // Prisma's SQLite migrations rebuild a table (create new, copy, DROP old, rename) when a
    // column changes. With foreign keys on, that DROP would cascade-delete every row pointing at
    // the table, and the PRAGMA the migration sets itself is ignored inside our transaction.
    // So keys are off while migrating and checked with foreign_key_check before each commit.
    db.pragma("foreign_keys = OFF");
    db.exec(`CREATE TABLE IF NOT EXISTS _chatalog_migrations (
      name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied: string[] = [];
    for (const migration of migrations) {
      // IMMEDIATE takes the write lock first, so two processes starting at once cannot both apply it.
      const run = db.transaction(() => {
        const row = db.prepare("SELECT checksum FROM _chatalog_migrations WHERE name = ?").get(migration.name) as { checksum: string } | undefined;
        if (assertUnchanged(migration, row?.checksum)) return false;
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length) throw new Error(`Migration ${migration.name} leaves ${broken.length} rows with broken foreign keys`);
        db.prepare("INSERT INTO _chatalog_migrations (name, checksum, applied_at) VALUES (?, ?, ?)").run(migration.name, migration.checksum, new Date().toISOString());
        return true;
      });
      if (run.immediate()) applied.push(migration.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

// Any fixed number: all Chatalog instances sharing a database take the same advisory lock.
const MIGRATION_LOCK_KEY = 724_117_001;

async function migratePostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS _chatalog_migrations (
      name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string; checksum: string }>("SELECT name, checksum FROM _chatalog_migrations");
    const recorded = new Map(rows.map((row) => [row.name, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (assertUnchanged(migration, recorded.get(migration.name))) continue;
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query("INSERT INTO _chatalog_migrations (name, checksum) VALUES ($1, $2)", [migration.name, migration.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Brings the database at `url` up to the newest migration. Returns the names it applied. */
export async function migrateDatabase(url: string, root = process.cwd()): Promise<string[]> {
  const provider = providerOf(url);
  const migrations = readMigrations(provider, root);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}
