// Prisma CLI configuration. Chatalog runs Prisma without native engines (see README,
// "Two providers"): the CLI is only used to generate the clients and to diff schemas into
// migration SQL. Migrations are applied by lib/migrations/migrate-database.ts, not by `prisma migrate`.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The wasm engine opens an adapter even for schema-to-schema diffs. An in-memory database
  // works on a fresh clone (no ./data yet) and never touches real data.
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
