// Proves the provider's migration history builds exactly the current models: a database
// migrated from the history and one created straight from the schema must have the same
// structure. Fails when someone edits prisma/schema.prisma without `npm run db:migration:new`.
// Run once per provider (TEST_DB_PROVIDER=sqlite|postgres).
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  migrateDatabase,
  migrationsDir,
  providerOf,
  readMigrations,
  sqliteFilePath,
  type Provider,
} from "@/lib/migrations/migrate-database";
import { derivePostgresSchema, derivedPath, sourcePath } from "@/prisma/derive-postgres-schema";
import { migrateDiff } from "@/prisma/new-migration";
import { diffCatalogs, readCatalog } from "@/tests/support/read-catalog";
import { createEmptyDatabase, createMigratedDatabase, testProvider } from "@/tests/support/test-database";

const schemaFile: Record<Provider, string> = { sqlite: sourcePath, postgres: derivedPath };

async function executeSql(url: string, sql: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe(`migration history (${testProvider})`, () => {
  it("the derived Postgres schema is up to date with prisma/schema.prisma", () => {
    // Not a database test, but it belongs with the drift check: a stale derived file means
    // the Postgres history is compared against old models.
    const expected = derivePostgresSchema(readFileSync(sourcePath, "utf8"));
    const message = "prisma/postgres/schema.prisma is stale: run `npx tsx prisma/derive-postgres-schema.ts`";
    expect(readFileSync(derivedPath, "utf8"), message).toBe(expected);
  });

  it("builds the same database as the current models", async () => {
    const migrated = await createMigratedDatabase(testProvider);
    const fresh = await createEmptyDatabase(testProvider);
    try {
      await executeSql(fresh.url, migrateDiff("empty", schemaFile[testProvider]).sql);
      const expected = await readCatalog(fresh.url);
      const actual = await readCatalog(migrated.url);
      // Guards against a reader that sees nothing, which would make any two databases "equal".
      expect(expected["table User"]).toBe("exists");

      const differences = diffCatalogs(expected, actual);
      if (differences.length > 0) {
        throw new Error(
          [
            `The ${testProvider} migration history does not build the models in ${path.relative(process.cwd(), schemaFile[testProvider])}.`,
            "(missing = in the models, not built by the migrations; extra = built by the migrations, not in the models)",
            ...differences,
            "Add a migration with `npm run db:migration:new -- <name>` instead of editing an applied one.",
          ].join("\n"),
        );
      }
    } finally {
      await Promise.all([migrated.drop(), fresh.drop()]);
    }
  });

  it("applies nothing the second time", async () => {
    const database = await createEmptyDatabase(testProvider);
    try {
      const all = readMigrations(testProvider).map((migration) => migration.name);
      expect(await migrateDatabase(database.url)).toEqual(all);
      expect(await migrateDatabase(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });

  it("refuses a migration that was edited after it was applied", async () => {
    // Edits a copy of the history; the real migration files are never touched.
    const root = mkdtempSync(path.join(tmpdir(), "chatalog-migrations-"));
    const database = await createEmptyDatabase(testProvider);
    try {
      cpSync(migrationsDir(testProvider), migrationsDir(testProvider, root), { recursive: true });
      await migrateDatabase(database.url, root);
      const first = readMigrations(testProvider, root)[0];
      if (!first) throw new Error("the migration history is empty");
      appendFileSync(path.join(migrationsDir(testProvider, root), first.name, "migration.sql"), "\n-- edited\n");
      await expect(migrateDatabase(database.url, root)).rejects.toThrow(`Migration ${first.name} was changed after it was applied`);
    } finally {
      await database.drop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
