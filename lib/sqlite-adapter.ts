// The SQLite driver adapter, made safe for concurrent requests.
//
// better-sqlite3 has one connection. Prisma's adapter takes a lock for interactive
// transactions but runs plain queries without it, so while one request's transaction waits on
// an await, another request's query would run inside that transaction: it could read
// uncommitted rows, and its writes would be undone if the transaction rolled back. Here every
// plain query also waits for the lock, so a transaction really is isolated. SQLite allows one
// writer at a time anyway, so this costs little. (tests/integration/sqlite-transaction-isolation.test.ts)
//
// Inside db.$transaction(async (tx) => ...) use `tx`, never the global client: a query on the
// global client would wait for the transaction that is waiting for it, until Prisma's
// transaction timeout rolls it back.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A FIFO lock: acquire() resolves to a release function. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

class SerializedAdapter implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  readonly #inner: SqlDriverAdapter;
  readonly #lock = new Lock();

  constructor(inner: SqlDriverAdapter) {
    this.#inner = inner;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  /**
   * Runs synchronous work on Prisma's own better-sqlite3 connection, in turn with every other
   * query and transaction (the same lock), so it never lands inside someone's transaction.
   * For hot paths where Prisma's per-query cost dominates (see lib/messages/post-message.ts).
   * Null when the connection is not reachable (an adapter version that hides it).
   */
  runDirect<T>(work: (connection: BetterSqlite3.Database) => T): Promise<T> | null {
    const connection = (this.#inner as unknown as { client?: BetterSqlite3.Database }).client;
    if (!connection || typeof connection.prepare !== "function") return null;
    return this.#lock.run(async () => work(connection));
  }

  queryRaw(query: SqlQuery) {
    return this.#lock.run(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#lock.run(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#lock.run(() => this.#inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      const transaction = await this.#inner.startTransaction(isolationLevel);
      // Queries on the transaction run on the connection we hold; the lock opens at the end.
      const end = (finish: () => Promise<void>) => () => finish().finally(release);
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        commit: end(() => transaction.commit()),
        rollback: end(() => transaction.rollback()),
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  getConnectionInfo() {
    return this.#inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose() {
    return this.#inner.dispose();
  }
}

export interface SerializedSqliteFactory extends SqlDriverAdapterFactory {
  /** The connected adapter, once Prisma has connected (it does so on the first query). */
  connected(): SerializedAdapter | null;
}

export function serializedSqliteAdapter(url: string, options: { timeout?: number } = {}): SerializedSqliteFactory {
  const factory = new PrismaBetterSQLite3({ url, ...options });
  let adapter: SerializedAdapter | null = null;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => (adapter = new SerializedAdapter(await factory.connect())),
    connected: () => adapter,
  };
}
