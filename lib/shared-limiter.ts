// Rate limits that hold across instances. In single mode a limiter counts in this process; in
// cluster mode (lib/deploy-mode.ts) in PostgreSQL, through rate-limiter-flexible's Postgres store,
// so a budget does not grow with the number of instances. One small pool serves every limiter.
import type { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";

export interface Budget {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration?: number;
}

/** The table every shared limiter counts in (created on first use; limiter state, not app data). */
const TABLE = "chatalog_rate_limits";

// One after another: CREATE TABLE IF NOT EXISTS run at the same moment can still collide.
let creating: Promise<unknown> = Promise.resolve();

/** A limiter counting in `pool`'s database, or in this process without one. */
export function createLimiter(budget: Budget, pool?: Pool): Promise<RateLimiterAbstract> {
  if (!pool) return Promise.resolve(new RateLimiterMemory(budget));
  const made = creating.then(
    () =>
      new Promise<RateLimiterAbstract>((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres({ ...budget, storeClient: pool, storeType: "pool", tableName: TABLE, clearExpiredByTimeout: true }, (error?: Error) => (error ? reject(error) : resolve(limiter)));
      }),
  );
  creating = made.catch(() => undefined);
  return made;
}

const globalForPool = globalThis as unknown as { chatalogLimitsPool?: Promise<Pool | undefined> };

/** The pool shared limiters use in cluster mode; none in single mode (they count in memory). */
export function limitsPool(): Promise<Pool | undefined> {
  globalForPool.chatalogLimitsPool ??= (async () => {
    const env = getEnv();
    if (env.CHATALOG_MODE !== "cluster") return undefined;
    const { Pool } = await import("pg");
    // A small pool of its own: a limit is one short statement.
    const pool = new Pool({ connectionString: env.databaseUrl, max: 3, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
    // An idle connection the database drops (restart, failover) must not end the process; the
    // next request opens a new one.
    pool.on("error", (error) => console.error("Shared limits: a database connection failed:", error.message));
    return pool;
  })();
  return globalForPool.chatalogLimitsPool;
}
