// The numbers' growing waits (login-slowdown.ts) in PostgreSQL, for cluster mode: five wrong
// passwords through one instance slow the number on every other. One row per number, locked while
// an attempt is checked and counted, so parallel attempts through several instances still line up
// one by one, as they do in one process. Limiter state, not the app's data: the table is made here
// (like rate-limiter-flexible's own), not by the Prisma migrations.
import type { Pool } from "pg";
import { slowdownStep, type SlowdownEntry, type SlowdownRules, type SlowdownStore } from "./login-slowdown";

const TABLE = "chatalog_login_slowdown";

export async function postgresSlowdown(pool: Pool, rules: SlowdownRules): Promise<SlowdownStore> {
  await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key text PRIMARY KEY, attempts integer NOT NULL, not_before bigint NOT NULL, last_at bigint NOT NULL)`);
  return {
    async attempt(key) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(`INSERT INTO ${TABLE} (key, attempts, not_before, last_at) VALUES ($1, 0, 0, 0) ON CONFLICT (key) DO NOTHING`, [key]);
        const { rows } = await client.query<{ attempts: number; not_before: string; last_at: string }>(`SELECT attempts, not_before, last_at FROM ${TABLE} WHERE key = $1 FOR UPDATE`, [key]);
        const row = rows[0]!;
        // A row made just now (last_at 0) is a number never seen: as in memory.
        const known: SlowdownEntry | undefined = Number(row.last_at) === 0 ? undefined : { attempts: row.attempts, notBefore: Number(row.not_before), lastAt: Number(row.last_at) };
        const { result, entry } = slowdownStep(known, Date.now(), rules);
        await client.query(`UPDATE ${TABLE} SET attempts = $2, not_before = $3, last_at = $4 WHERE key = $1`, [key, entry.attempts, entry.notBefore, entry.lastAt]);
        // Forgotten rows are swept now and then, by whoever happens to be counting.
        if (Math.random() < 0.01) await client.query(`DELETE FROM ${TABLE} WHERE last_at < $1 AND not_before < $2`, [Date.now() - rules.memorySeconds * 1000, Date.now()]);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async forget(key) {
      await pool.query(`DELETE FROM ${TABLE} WHERE key = $1`, [key]);
    },
  };
}
