// Fresh, migrated databases for tests: a temporary SQLite file, or a new database on the
// PostgreSQL server named by TEST_POSTGRES_URL. Each test file gets its own, so files run in
// parallel without seeing each other's rows.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase, type Provider } from "@/lib/migrations/migrate-database";

export const testProvider: Provider = process.env.TEST_DB_PROVIDER === "postgres" ? "postgres" : "sqlite";

const tmpDir = path.resolve("tests/.tmp");

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_DB_PROVIDER=postgres needs TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
  return url;
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** An empty database (no migrations applied). */
export async function createEmptyDatabase(provider: Provider = testProvider): Promise<TestDatabase> {
  const name = `chatalog_t_${randomBytes(6).toString("hex")}`;
  if (provider === "sqlite") {
    mkdirSync(tmpDir, { recursive: true });
    const file = path.join(tmpDir, `${name}.db`);
    return {
      url: `file:${file}`,
      drop: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const adminUrl = postgresAdminUrl();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabaseName(adminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createMigratedDatabase(provider: Provider = testProvider): Promise<TestDatabase> {
  const database = await createEmptyDatabase(provider);
  await migrateDatabase(database.url);
  return database;
}
