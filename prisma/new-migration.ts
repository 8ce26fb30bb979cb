// `npm run db:migration:new -- <name>`: writes the next numbered migration for BOTH providers,
// from the change between the models at the last migration and prisma/schema.prisma.
//
// Why a snapshot file instead of `prisma migrate dev`: `migrate dev` needs a live database and
// cannot migrate PostgreSQL here (prisma/orm#27403, see STACK.md). `prisma migrate diff` between
// two schema files needs no database and works for both providers, so we keep the models as they
// were at the last migration in prisma/migrations/models-at-last-migration.prisma and diff that.
//
// Options: `--root <dir>` works on <dir>/prisma instead of ./prisma (used to try it on a copy).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrationsDir, readMigrations, type Provider } from "../lib/migrations/migrate-database";
import { derivePostgresSchema } from "./derive-postgres-schema";

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

const snapshotHeader =
  "// SNAPSHOT of prisma/schema.prisma as of the newest migration, written by prisma/new-migration.ts.\n" +
  "// The next migration is the difference between this file and prisma/schema.prisma. Do not edit.\n\n";

export function snapshotOf(schema: string): string {
  return snapshotHeader + schema;
}

export function projectPaths(root: string) {
  return {
    schema: path.join(root, "prisma", "schema.prisma"),
    postgresSchema: path.join(root, "prisma", "postgres", "schema.prisma"),
    snapshot: path.join(migrationsDir("sqlite", root), "models-at-last-migration.prisma"),
  };
}

export interface DiffResult {
  sql: string;
  empty: boolean;
}

/**
 * `prisma migrate diff … --script` from `from` (a schema file, or "empty") to the schema file `to`.
 * Runs in the repo folder so the CLI picks up prisma.config.ts (wasm engines, no native binary).
 */
export function migrateDiff(from: string | "empty", to: string): DiffResult {
  const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from];
  const result = spawnSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script", "--exit-code"],
    { cwd: repoDir, encoding: "utf8" },
  );
  // --exit-code: 0 = no difference, 2 = difference, anything else = error.
  if (result.status !== 0 && result.status !== 2) {
    throw new Error(`prisma migrate diff ${fromArgs.join(" ")} --to-schema-datamodel ${to} failed:\n${result.stderr}${result.stdout}`);
  }
  return { sql: result.stdout, empty: result.status === 0 };
}

/** Creates `<NNNN>_<name>` in both migration histories. Returns the files it wrote. */
export function createMigration(rawName: string, root = process.cwd()): string[] {
  const name = rawName.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!name) throw new Error("Usage: npm run db:migration:new -- <name>   (e.g. add_user_nickname)");

  const paths = projectPaths(root);
  if (!existsSync(paths.snapshot)) {
    throw new Error(`${paths.snapshot} is missing: it must hold the models as of the newest migration.`);
  }
  const schema = readFileSync(paths.schema, "utf8");
  const snapshot = readFileSync(paths.snapshot, "utf8");

  // The Postgres diff needs both sides as Postgres schemas; they live only in a temp folder.
  const tmp = mkdtempSync(path.join(tmpdir(), "chatalog-migration-"));
  let diffs: Record<Provider, DiffResult>;
  try {
    const pgFrom = path.join(tmp, "from.prisma");
    const pgTo = path.join(tmp, "to.prisma");
    writeFileSync(pgFrom, derivePostgresSchema(snapshot));
    writeFileSync(pgTo, derivePostgresSchema(schema));
    diffs = { sqlite: migrateDiff(paths.snapshot, paths.schema), postgres: migrateDiff(pgFrom, pgTo) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (diffs.sqlite.empty && diffs.postgres.empty) {
    throw new Error("No model changes since the last migration (prisma/schema.prisma equals the snapshot); nothing to write.");
  }

  // One number for both histories, so the same change has the same name in each.
  const numbers = (["sqlite", "postgres"] as const).flatMap((provider) =>
    readMigrations(provider, root).map((migration) => Number.parseInt(migration.name, 10) || 0),
  );
  const folder = `${String(Math.max(0, ...numbers) + 1).padStart(4, "0")}_${name}`;

  const written: string[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path.relative(process.cwd(), file));
  };
  // Written even when one provider's diff is empty, so both histories stay parallel.
  for (const provider of ["sqlite", "postgres"] as const) {
    write(path.join(migrationsDir(provider, root), folder, "migration.sql"), diffs[provider].sql);
  }
  write(paths.snapshot, snapshotOf(schema));
  write(paths.postgresSchema, derivePostgresSchema(schema));
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf("--root");
  const root = rootAt >= 0 ? path.resolve(args[rootAt + 1] ?? ".") : process.cwd();
  if (rootAt >= 0) args.splice(rootAt, 2);
  const name = args.join("_");
  try {
    for (const file of createMigration(name, root)) console.log(`wrote ${file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
