// Reads a database's structure (tables, columns, indexes, keys, enums) as a flat catalog:
// one entry per fact, keyed by what it is ("column User.phone") with its shape as the value.
// Flat entries make two catalogs easy to compare and the differences easy to read.
// Names the database generates itself (SQLite autoindexes) are replaced by what they cover,
// so that two databases built by different routes compare equal.
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqliteFilePath } from "@/lib/migrations/migrate-database";

export type Catalog = Record<string, string>;

/** The runner's own bookkeeping table is not part of the models. */
const RUNNER_TABLE = "_chatalog_migrations";

/** What migrations add beside the models, which Prisma cannot describe: the full-text search of
 * 0012_search (SQLite's FTS5 tables and their shadow tables; PostgreSQL's generated tsvector
 * columns and their GIN indexes). tests/integration/search.test.ts proves they work. */
const OUTSIDE_THE_MODELS = [/^(table|column|index|foreign key) (Message|Design|Order)Search(_[a-z]+)?\b/, /^column (Message|Design|Order)\.searchVector$/, /^index (Message|Design|Order)\.\w+_searchVector_idx$/];

export async function readCatalog(url: string): Promise<Catalog> {
  const catalog = providerOf(url) === "sqlite" ? readSqliteCatalog(url) : await readPostgresCatalog(url);
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => !OUTSIDE_THE_MODELS.some((pattern) => pattern.test(key))));
}

interface SqliteColumn { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
interface SqliteIndex { name: string; unique: number; origin: string; partial: number }
interface SqliteIndexColumn { seqno: number; name: string | null }
interface SqliteForeignKey { id: number; seq: number; table: string; from: string; to: string; on_update: string; on_delete: string }

function readSqliteCatalog(url: string): Catalog {
  const db = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
  try {
    const catalog: Catalog = {};
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ?")
      .pluck()
      .all(RUNNER_TABLE) as string[];
    for (const table of tables) {
      catalog[`table ${table}`] = "exists";
      for (const c of db.prepare("SELECT * FROM pragma_table_info(?)").all(table) as SqliteColumn[]) {
        catalog[`column ${table}.${c.name}`] = `type=${c.type} notnull=${c.notnull} default=${c.dflt_value ?? "none"} pk=${c.pk}`;
      }
      for (const index of db.prepare("SELECT * FROM pragma_index_list(?)").all(table) as SqliteIndex[]) {
        const columns = (db.prepare("SELECT * FROM pragma_index_info(?)").all(index.name) as SqliteIndexColumn[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((column) => column.name ?? "<expression>")
          .join(", ");
        // Autoindex names count constraints in creation order; a rebuilt table renumbers them.
        const key = index.name.startsWith("sqlite_autoindex_") ? `autoindex(${index.origin}) on (${columns})` : index.name;
        catalog[`index ${table}.${key}`] = `unique=${index.unique} partial=${index.partial} columns=(${columns})`;
      }
      // A foreign key spans one row per column; its id is a creation counter, so key by columns.
      const keys = new Map<number, SqliteForeignKey[]>();
      for (const row of db.prepare("SELECT * FROM pragma_foreign_key_list(?)").all(table) as SqliteForeignKey[]) {
        keys.set(row.id, [...(keys.get(row.id) ?? []), row]);
      }
      for (const rows of keys.values()) {
        rows.sort((a, b) => a.seq - b.seq);
        const first = rows[0];
        if (!first) continue;
        const from = rows.map((row) => row.from).join(", ");
        const to = rows.map((row) => row.to).join(", ");
        catalog[`foreign key ${table}(${from})`] = `references ${first.table}(${to}) on_update=${first.on_update} on_delete=${first.on_delete}`;
      }
    }
    return catalog;
  } finally {
    db.close();
  }
}

async function readPostgresCatalog(url: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalog: Catalog = {};
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1`,
      [RUNNER_TABLE],
    );
    for (const { table_name } of tables.rows) catalog[`table ${table_name}`] = "exists";

    const columns = await client.query<Record<string, string | number | null>>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
              character_maximum_length, numeric_precision, numeric_scale, datetime_precision
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1`,
      [RUNNER_TABLE],
    );
    for (const { table_name, column_name, ...shape } of columns.rows) {
      // The size and precision fields are null for most types; only the set ones are shown.
      catalog[`column ${table_name}.${column_name}`] = Object.entries(shape)
        .filter(([name, value]) => value !== null || name === "column_default")
        .map(([name, value]) => `${name}=${value ?? "none"}`)
        .join(" ");
    }

    const indexes = await client.query<{ tablename: string; indexname: string; indexdef: string }>(
      "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1",
      [RUNNER_TABLE],
    );
    for (const index of indexes.rows) catalog[`index ${index.tablename}.${index.indexname}`] = index.indexdef;

    // pg_get_constraintdef spells out the columns, the referenced table and the ON UPDATE/DELETE rules.
    const constraints = await client.query<{ table_name: string; conname: string; definition: string }>(
      `SELECT rel.relname AS table_name, con.conname, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class rel ON rel.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
       WHERE ns.nspname = 'public' AND rel.relname <> $1`,
      [RUNNER_TABLE],
    );
    for (const row of constraints.rows) catalog[`constraint ${row.table_name}.${row.conname}`] = row.definition;

    const enums = await client.query<{ name: string; labels: string }>(
      `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace ns ON ns.oid = t.typnamespace
       WHERE ns.nspname = 'public'
       GROUP BY t.typname`,
    );
    for (const row of enums.rows) catalog[`enum ${row.name}`] = row.labels;
    return catalog;
  } finally {
    await client.end();
  }
}

/** Lines describing how `actual` differs from `expected`; empty when they are equal. */
export function diffCatalogs(expected: Catalog, actual: Catalog): string[] {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return keys.flatMap((key) => {
    const want = expected[key];
    const have = actual[key];
    if (want === have) return [];
    if (have === undefined) return [`  missing  ${key}: ${want}`];
    if (want === undefined) return [`  extra    ${key}: ${have}`];
    return [`  changed  ${key}:\n             expected ${want}\n             actual   ${have}`];
  });
}
