import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { prepareRows } from "./sqlite-rows";

describe("prepareRows", () => {
  const db = new Database(":memory:");
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER, note TEXT, "odd ""name""" TEXT)`);
  db.exec(`INSERT INTO t VALUES ('a', 1, NULL, 'x'), ('b', 9007199254740991, 'two', 'y')`);
  afterEach(() => db.exec(`DELETE FROM t WHERE id NOT IN ('a', 'b')`));

  it("gives the rows better-sqlite3 gives, with plain numbers", () => {
    const sql = `SELECT id, n, note, "odd ""name""" FROM t ORDER BY id`;
    const ours = prepareRows(db, sql).all();
    expect(ours).toEqual(db.prepare(sql).all());
    expect(ours[1]).toEqual({ id: "b", n: 9007199254740991, note: "two", 'odd "name"': "y" });
  });

  it("takes positional and named parameters; get answers undefined when nothing matches", () => {
    expect(prepareRows(db, `SELECT id FROM t WHERE n > ?`).all(1)).toEqual([{ id: "b" }]);
    expect(prepareRows(db, `SELECT id, note FROM t WHERE id = @id`).get({ id: "a" })).toEqual({ id: "a", note: null });
    expect(prepareRows(db, `SELECT id FROM t WHERE id = ?`).get("none")).toBeUndefined();
  });

  it("keys a repeated column name by its last value, as better-sqlite3 does", () => {
    const sql = `SELECT id AS k, note AS k FROM t WHERE id = 'b'`;
    expect(prepareRows(db, sql).get()).toEqual(db.prepare(sql).get());
    expect(prepareRows(db, sql).get()).toEqual({ k: "two" });
  });

  it("reads rows written after it was prepared", () => {
    const statement = prepareRows<{ id: string }>(db, `SELECT id FROM t ORDER BY id`);
    db.exec(`INSERT INTO t VALUES ('c', 3, NULL, NULL)`);
    expect(statement.all().map((row) => row.id)).toEqual(["a", "b", "c"]);
  });
});
