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
  // Only used by CLI commands that need a database; points at a scratch file, never real data.
  adapter: async () => new PrismaBetterSQLite3({ url: "file:./data/prisma-cli-scratch.db" }),
});
