// SQLite runs on one connection. Prisma's better-sqlite3 adapter locks it for interactive
// transactions but not for plain queries, so a query from another request could run inside an
// open transaction and be rolled back with it. lib/sqlite-adapter.ts closes that gap; these
// tests fail without it. (On PostgreSQL every transaction has its own connection.)
//
// The interleaving is driven, not timed: the transaction writes and then waits on a gate; the
// plain query is issued and seen to reach the adapter (on SQLite; on PostgreSQL it simply
// finishes) before the gate lets the transaction give up.
import { afterAll, describe, expect, it } from "vitest";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { createDb, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { serializedSqliteAdapter } from "@/lib/sqlite-adapter";
import { testProvider } from "../support/test-database";
import { createSupplier } from "../support/factories";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** The production SQLite adapter, with a signal each time a plain (non-transaction) query reaches it. */
function observedClient(url: string): { db: Db; nextPlainQuery: () => Promise<void> } {
  const factory = serializedSqliteAdapter(url, { timeout: 10_000 });
  let waiting: (() => void) | undefined;
  const seen = () => {
    waiting?.();
    waiting = undefined;
  };
  const observed = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => {
      const adapter = await factory.connect();
      // Everything passes through; plain queries also ring the bell (transactions' queries go to
      // the transaction object startTransaction returns, not through here).
      return new Proxy(adapter, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== "function") return value;
          if (property === "queryRaw" || property === "executeRaw") {
            return (query: SqlQuery) => {
              seen();
              return (value as (query: SqlQuery) => unknown).call(target, query);
            };
          }
          return (value as (...args: unknown[]) => unknown).bind(target);
        },
      });
    },
  };
  const db = new SqliteClient({ adapter: observed, omit: { user: { passwordHash: true } } }) as unknown as Db;
  return { db, nextPlainQuery: () => new Promise<void>((resolve) => (waiting = resolve)) };
}

const { db, nextPlainQuery } =
  testProvider === "sqlite" ? observedClient(getEnv().databaseUrl) : { db: createDb(getEnv().databaseUrl), nextPlainQuery: null };

afterAll(async () => {
  await db.$disconnect();
});

/** Issues `plain` while `transaction` holds its write open; settles both once the plain query has reached the database layer. */
async function whileTransactionIsOpen<T>(write: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>, plain: () => Promise<T>) {
  const written = gate();
  const giveUp = gate();
  const failing = db
    .$transaction(async (tx) => {
      await write(tx);
      written.open();
      await giveUp.opened;
      throw new Error("the transaction gives up");
    })
    .then(() => "committed", () => "rolled back");
  await written.opened;
  const reached = nextPlainQuery?.();
  // Prisma's queries are lazy: then() is what sends one.
  const result = plain().then((value) => value);
  // SQLite: the query is at the adapter (without the lock it would run inside the transaction now,
  // synchronously). PostgreSQL: another connection, so it just finishes.
  if (reached) {
    await reached;
    await new Promise((resolve) => setImmediate(resolve));
  } else {
    await result;
  }
  giveUp.open();
  return { outcome: await failing, result: await result };
}

describe("a plain query while another request's transaction is open", () => {
  it("is not rolled back with that transaction", async () => {
    const { owner, business } = await createSupplier();
    const { outcome, result: invite } = await whileTransactionIsOpen(
      (tx) => tx.business.update({ where: { id: business.id }, data: { name: "Renamed inside" } }),
      () =>
        db.invite.create({
          data: { businessId: business.id, kind: "BUYER", tokenHash: `isolation-${Date.now()}`, createdById: owner.id, expiresAt: new Date(Date.now() + 60_000) },
        }),
    );
    expect(outcome).toBe("rolled back");
    expect(await db.invite.findUnique({ where: { id: invite.id } })).not.toBeNull();
    expect((await db.business.findUniqueOrThrow({ where: { id: business.id } })).name).not.toBe("Renamed inside");
  });

  it("does not see the transaction's uncommitted writes", async () => {
    const { business } = await createSupplier("Before");
    const { outcome, result: seen } = await whileTransactionIsOpen(
      (tx) => tx.business.update({ where: { id: business.id }, data: { name: "Uncommitted" } }),
      () => db.business.findUniqueOrThrow({ where: { id: business.id } }),
    );
    expect(outcome).toBe("rolled back");
    expect(seen.name).toBe("Before");
  });
});
