// `npx tsx tests/bench/read-paths.ts`: the reads of issue 10 item 3, fast path against Prisma path
// (a script, not a test). Seeds a database (a supplier with 500 buyers and 10,000 messages,
// read-paths-seed.ts) and times, in-process and one call at a time, listMessages (the newest
// page of the busy conversation, and an empty catch-up) and listConversations (the owner's list
// of 500, and a buyer's), each through the service (the fast path) and through the Prisma path.
// SQLite always; PostgreSQL too when given a server URL (a fresh database is created and dropped).
//
// Flags (or env): --runs (BENCH_RUNS, 300), --postgres (BENCH_POSTGRES_URL, e.g.
// postgres://postgres@127.0.0.1:5432/postgres).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { keepMatching } from "@/lib/conversations/conversation-search";
import { listConversations } from "@/lib/conversations/list-conversations";
import { listConversationRowsWithPrisma } from "@/lib/conversations/list-conversations-with-prisma";
import { closeDb, getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { listMessages, listMessagesSchema } from "@/lib/messages/list-messages";
import { listMessagesWithPrisma } from "@/lib/messages/list-messages-with-prisma";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { createEmptyDatabase, type TestDatabase } from "../support/test-database";
import { summarize, type LatencySummary } from "./percentiles";
import { seedReadPaths } from "./read-paths-seed";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { runs: { type: "string" }, postgres: { type: "string" } } });
const RUNS = Number(flags.runs ?? process.env.BENCH_RUNS ?? 300);
if (!Number.isInteger(RUNS) || RUNS <= 0) throw new Error(`--runs must be a positive whole number, got ${flags.runs ?? process.env.BENCH_RUNS}`);
const POSTGRES_URL = flags.postgres ?? process.env.BENCH_POSTGRES_URL;
const WARMUP = 30;
const SIZE = { buyers: 500, messages: 10_000, busyMessages: 2_000 };

async function timeRuns(work: () => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let run = -WARMUP; run < RUNS; run++) {
    const start = performance.now();
    await work();
    if (run >= 0) samples.push(performance.now() - start);
  }
  return summarize(samples);
}

async function measure(label: string, database: TestDatabase) {
  await migrateDatabase(database.url);
  const fixture = await seedReadPaths(database.url, SIZE);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = path.join(repoRoot, "tests", ".tmp", "bench");
  resetEnvForTests();
  await getDb().user.count(); // connects, so the SQLite fast path can reach the connection

  const owner = fixture.owner;
  const buyer = fixture.busy.buyer;
  const newest = { conversationId: fixture.busy.conversationId };
  const catchUp = { conversationId: fixture.busy.conversationId, afterSeq: fixture.busy.lastSeq };
  const cases: Array<{ label: string; fast: () => Promise<unknown>; prisma: () => Promise<unknown> }> = [
    {
      label: "listMessages, newest page (buyer, 30 unread: 50 messages)",
      fast: () => listMessages(buyer, newest),
      prisma: () => listMessagesWithPrisma(buyer.id, listMessagesSchema.parse(newest)),
    },
    {
      label: "listMessages, empty catch-up (afterSeq = lastSeq)",
      fast: () => listMessages(buyer, catchUp),
      prisma: () => listMessagesWithPrisma(buyer.id, listMessagesSchema.parse(catchUp)),
    },
    {
      label: "listConversations, owner (500 conversations)",
      fast: () => listConversations(owner, {}),
      prisma: async () => keepMatching(await listConversationRowsWithPrisma(owner.id), undefined),
    },
    {
      label: "listConversations, buyer (1 conversation)",
      fast: () => listConversations(buyer, {}),
      prisma: async () => keepMatching(await listConversationRowsWithPrisma(buyer.id), undefined),
    },
  ];

  console.log(`\n${label}, ${SIZE.buyers} buyers, ${SIZE.messages.toLocaleString("en-IN")} messages; ${RUNS} calls each after ${WARMUP} warm-up calls; p50 / p95 in ms`);
  for (const { label: name, fast, prisma } of cases) {
    const f = await timeRuns(fast);
    const p = await timeRuns(prisma);
    console.log(`${name}\n  fast ${f.p50.toFixed(3)} / ${f.p95.toFixed(3)}   prisma ${p.p50.toFixed(3)} / ${p.p95.toFixed(3)}   prisma/fast at p50 ${(p.p50 / f.p50).toFixed(1)}x`);
  }
  await closeDb();
}

const benchDir = path.join(repoRoot, "tests", ".tmp", "bench");
mkdirSync(benchDir, { recursive: true });
const file = path.join(benchDir, "read-paths.db");
const removeDb = async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
};
await removeDb();
await measure("SQLite", { url: `file:${file}`, drop: removeDb });
await removeDb();

if (POSTGRES_URL) {
  process.env.TEST_POSTGRES_URL = POSTGRES_URL;
  const database = await createEmptyDatabase("postgres");
  try {
    await measure("PostgreSQL", database);
  } finally {
    await database.drop();
  }
}
