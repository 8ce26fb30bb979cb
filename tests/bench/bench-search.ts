// `npm run bench:search`: what a person waits for after typing in the search box (issue 15).
//
// Seeds 1,000,000 messages, 20,000 designs and 100,000 orders (search-seed.ts) into a fresh SQLite
// file, and into a fresh PostgreSQL database when TEST_POSTGRES_URL is set, then runs 50 typical
// searches (words, code prefixes, buyer names, LR numbers, order numbers) as the supplier and as a
// buyer, each `--runs` times after one warm-up pass:
//   - the service, search() in lib/search/search.ts (validation, the full-text queries, reading
//     the rows through Prisma with the access rules);
//   - the baseline, in the same run: the same three full-text queries the service runs for that
//     side (search-ids.ts) on the bare driver (better-sqlite3 prepared statements; node-postgres),
//     ids only.
// Prints p50/p95 and the ratio; writes tests/bench/results/search.json. A script, not a test: it
// fails only when something is broken (a search that finds nothing where the data says it must).
//
// Flags (or env): --messages (BENCH_MESSAGES, 1000000), --designs (20000), --orders (100000),
// --buyers (2000), --runs (BENCH_RUNS, 5).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { closeDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { BUYER_POSTGRES_SEARCH, POSTGRES_SEARCH, SQLITE_SEARCH, sqliteSearchParams } from "@/lib/search/search-ids";
import { search, SEARCH_LIMITS } from "@/lib/search/search";
import { fts5ScopedQuery, searchTerms, tsQuery } from "@/lib/search/search-terms";
import { createEmptyDatabase } from "../support/test-database";
import { round, summarize, type LatencySummary } from "./percentiles";
import { seedSearchOnPostgres, seedSearchOnSqlite, type SearchFixture, type SearchSeedSize } from "./search-seed";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { messages: { type: "string" }, designs: { type: "string" }, orders: { type: "string" }, buyers: { type: "string" }, runs: { type: "string" } } });
const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};
const SIZE: SearchSeedSize = {
  messages: positive(flags.messages ?? process.env.BENCH_MESSAGES, 1_000_000),
  designs: positive(flags.designs, 20_000),
  orders: positive(flags.orders, 100_000),
  buyers: positive(flags.buyers, 2000),
};
const RUNS = positive(flags.runs ?? process.env.BENCH_RUNS, 5);

type Baseline = (actorId: string, q: string) => Promise<number> | number;

interface Measured {
  service: { owner: LatencySummary; buyer: LatencySummary; all: LatencySummary };
  baseline: { owner: LatencySummary; buyer: LatencySummary; all: LatencySummary };
  seedSeconds: number;
}

async function measure(label: string, fixture: SearchFixture, baseline: Baseline): Promise<Omit<Measured, "seedSeconds">> {
  const failures: string[] = [];
  const samples = { service: { owner: [] as number[], buyer: [] as number[] }, baseline: { owner: [] as number[], buyer: [] as number[] } };
  for (let run = -1; run < RUNS; run++) {
    for (const who of ["owner", "buyer"] as const) {
      const actor = who === "owner" ? fixture.owner : fixture.buyer;
      for (const q of fixture.queries) {
        let start = performance.now();
        const results = await search(actor, { q });
        const serviceMs = performance.now() - start;
        start = performance.now();
        const found = await baseline(actor.id, q);
        const baselineMs = performance.now() - start;
        if (run >= 0) {
          samples.service[who].push(serviceMs);
          samples.baseline[who].push(baselineMs);
        } else {
          const count = results.messages.length + results.designs.length + results.orders.length;
          if (count !== found) failures.push(`${label} ${who} "${q}": the service shows ${count} results, the bare queries found ${found}`);
        }
      }
    }
  }
  // The fixture guarantees these: the supplier finds messages, designs and orders.
  const sure = await search(fixture.owner, { q: "maroon" });
  if (!sure.messages.length || !sure.designs.length) failures.push(`${label}: "maroon" found no messages or designs`);
  if (!(await search(fixture.owner, { q: "vrl1001" })).orders.length) failures.push(`${label}: "vrl1001" found no order`);
  if (failures.length) throw new Error(failures.join("\n"));
  const all = (kind: "service" | "baseline") => summarize([...samples[kind].owner, ...samples[kind].buyer]);
  const result = {
    service: { owner: summarize(samples.service.owner), buyer: summarize(samples.service.buyer), all: all("service") },
    baseline: { owner: summarize(samples.baseline.owner), buyer: summarize(samples.baseline.buyer), all: all("baseline") },
  };
  for (const who of ["owner", "buyer", "all"] as const) {
    const s = result.service[who];
    const b = result.baseline[who];
    console.log(`  ${label} ${who.padEnd(5)} service p50 ${s.p50.toFixed(2)} / p95 ${s.p95.toFixed(2)} ms   bare queries p50 ${b.p50.toFixed(2)} / p95 ${b.p95.toFixed(2)} ms   p95 ${(s.p95 / b.p95).toFixed(2)}x`);
  }
  return result;
}

const benchDir = path.join(repoRoot, "tests", ".tmp", "bench");
mkdirSync(benchDir, { recursive: true });
process.env.DATA_DIR = benchDir;
console.log(`Search over ${SIZE.messages.toLocaleString("en-IN")} messages, ${SIZE.designs.toLocaleString("en-IN")} designs, ${SIZE.orders.toLocaleString("en-IN")} orders; 50 searches x ${RUNS} runs, as the supplier and as a buyer`);

// ---- SQLite ----
const file = path.join(benchDir, "search.db");
const removeSqlite = () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
};
removeSqlite();
let started = performance.now();
await migrateDatabase(`file:${file}`);
const sqliteFixture = seedSearchOnSqlite(file, SIZE);
const sqliteSeedSeconds = (performance.now() - started) / 1000;
console.log(`  SQLite seeded in ${sqliteSeedSeconds.toFixed(0)} s`);
process.env.DATABASE_URL = `file:${file}`;
resetEnvForTests();
const bare = new Database(file, { readonly: true });
// The same three statements the service runs (search-ids.ts), prepared once, with the same MATCH.
const bareStatements = { messages: bare.prepare(SQLITE_SEARCH.messages), designs: bare.prepare(SQLITE_SEARCH.designs), orders: bare.prepare(SQLITE_SEARCH.orders) };
const bareParams = (kind: "messages" | "designs" | "orders", match: string, actorId: string) => sqliteSearchParams(SQLITE_SEARCH[kind], match, actorId, SEARCH_LIMITS[kind]);
const sqlite = await measure("SQLite", sqliteFixture, (actorId, q) => {
  const terms = searchTerms(q);
  if (!terms.length) return 0;
  // The fixture's owner belongs to one business and buys nothing; the buyer belongs to none.
  const businessIds = actorId === sqliteFixture.owner.id ? [sqliteFixture.businessId] : [];
  const scopes = [actorId, ...businessIds];
  const run = (kind: "messages" | "designs" | "orders", match: string) => bareStatements[kind].all(...bareParams(kind, match, actorId)).length;
  return run("messages", fts5ScopedQuery("body", terms, scopes)) + run("designs", fts5ScopedQuery("searchText", terms, businessIds)) + run("orders", fts5ScopedQuery("searchText", terms, scopes));
});
bare.close();
await closeDb();
removeSqlite();

// ---- PostgreSQL ----
let postgres: Omit<Measured, "seedSeconds"> | null = null;
let postgresSeedSeconds: number | null = null;
if (process.env.TEST_POSTGRES_URL) {
  const database = await createEmptyDatabase("postgres");
  try {
    started = performance.now();
    await migrateDatabase(database.url);
    const fixture = await seedSearchOnPostgres(database.url, SIZE);
    postgresSeedSeconds = (performance.now() - started) / 1000;
    console.log(`  PostgreSQL seeded in ${postgresSeedSeconds.toFixed(0)} s`);
    process.env.DATABASE_URL = database.url;
    resetEnvForTests();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      postgres = await measure("PostgreSQL", fixture, async (actorId, q) => {
        const terms = searchTerms(q);
        if (!terms.length) return 0;
        const query = tsQuery(terms);
        // One after another: one connection runs one query at a time.
        const run = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rowCount ?? 0;
        const designs = await run(POSTGRES_SEARCH.designs, [actorId, actorId, query, SEARCH_LIMITS.designs]);
        if (actorId === fixture.owner.id) {
          return designs + (await run(POSTGRES_SEARCH.messages, [actorId, actorId, query, SEARCH_LIMITS.messages])) + (await run(POSTGRES_SEARCH.orders, [actorId, actorId, query, SEARCH_LIMITS.orders]));
        }
        return designs + (await run(BUYER_POSTGRES_SEARCH.messages, [actorId, query, SEARCH_LIMITS.messages])) + (await run(BUYER_POSTGRES_SEARCH.orders, [actorId, query, SEARCH_LIMITS.orders]));
      });
    } finally {
      await client.end();
    }
  } finally {
    await closeDb();
    await database.drop();
  }
}

const ms = (value: number | undefined) => (value === undefined ? null : round(value, 2));
const results = {
  measured_at: new Date().toISOString(),
  messages: SIZE.messages,
  designs: SIZE.designs,
  orders: SIZE.orders,
  queries: 50,
  runs: RUNS,
  search_p50_ms: ms(sqlite.service.all.p50),
  search_p95_ms: ms(sqlite.service.all.p95),
  baseline_search_p95_ms: ms(sqlite.baseline.all.p95),
  supplier_search_p95_ms: ms(sqlite.service.owner.p95),
  buyer_search_p95_ms: ms(sqlite.service.buyer.p95),
  seed_seconds: round(sqliteSeedSeconds, 0),
  pg_search_p50_ms: ms(postgres?.service.all.p50),
  pg_search_p95_ms: ms(postgres?.service.all.p95),
  pg_baseline_search_p95_ms: ms(postgres?.baseline.all.p95),
  pg_supplier_search_p95_ms: ms(postgres?.service.owner.p95),
  pg_buyer_search_p95_ms: ms(postgres?.service.buyer.p95),
  pg_seed_seconds: postgresSeedSeconds === null ? null : round(postgresSeedSeconds, 0),
};
console.log(`search p95 ${results.search_p95_ms} ms = ${(sqlite.service.all.p95 / sqlite.baseline.all.p95).toFixed(2)}x the bare queries (target: at most 3x)` + (postgres ? `; PostgreSQL ${results.pg_search_p95_ms} ms = ${(postgres.service.all.p95 / postgres.baseline.all.p95).toFixed(2)}x` : ""));
writeFileSync(path.join(repoRoot, "tests", "bench", "results", "search.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("Wrote tests/bench/results/search.json");
