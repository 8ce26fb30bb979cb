// Prepared statements for the read fast paths on SQLite, whose rows are built in JavaScript.
//
// better-sqlite3 builds each row object in C++, one property at a time. For a wide row that is
// slow to make and slow to read afterwards (V8 gives such an object no fixed shape): a chat's first
// page of messages (21 rows of 45 columns) took ~320 µs as objects against ~160 µs as arrays
// turned into objects here, out of a conversation page's ~7 ms of server time (bench:read).
// So statements run in raw mode (arrays), and each row goes through a function compiled once per
// statement from its column names: an object literal, which V8 gives one shape for every row.
import type BetterSqlite3 from "better-sqlite3";

export interface RowStatement<Row> {
  all(...params: unknown[]): Row[];
  get(...params: unknown[]): Row | undefined;
}

/** Compiles `(values) => ({ name0: values[0], name1: values[1], ... })` for these column names.
 * The names come from the statement's own SQL (never from input), and JSON.stringify quotes them. */
function rowBuilder<Row>(names: readonly string[]): (values: unknown[]) => Row {
  const fields = names.map((name, index) => `${JSON.stringify(name)}: values[${index}]`).join(", ");
  return new Function("values", `return { ${fields} };`) as (values: unknown[]) => Row;
}

/** `sql` prepared on `connection`; integers as plain numbers (every one read here is small; Prisma's
 * connection would give BigInt). Rows as with better-sqlite3's own objects: keyed by column name,
 * a later column of the same name wins. */
export function prepareRows<Row>(connection: BetterSqlite3.Database, sql: string): RowStatement<Row> {
  const statement = connection.prepare(sql).safeIntegers(false).raw(true);
  const toRow = rowBuilder<Row>(statement.columns().map((column) => column.name));
  return {
    all: (...params) => (statement.all(...params) as unknown[][]).map(toRow),
    get: (...params) => {
      const values = statement.get(...params) as unknown[] | undefined;
      return values === undefined ? undefined : toRow(values);
    },
  };
}
