// `npm run bench:broadcast`: what a supplier waits for when sending new designs to many buyers
// (issue 15's target: a broadcast to 1,000 buyers returns in under 1 s and reaches each once).
//
// A fresh, migrated database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set) with one
// business, its owner, 1,000 buyers each in a conversation, and 12 designs. Measured in-process
// against the real service:
//   - sent_1000: sendBroadcast of 6 designs to all 1,000 buyers: the time until it returns (what
//     the supplier waits for before the broadcast's page opens);
//   - delivered_1000: from the same start until the last buyer's album is written (what the last
//     buyer waits for), and a check that every buyer got exactly one album;
//   - baseline, in the same run: the same broadcast to one buyer;
//   - chat_post_during: while the albums are written, another buyer sends a text every 100 ms;
//     each post's time (what a person chatting meanwhile waits for), against the same posts when
//     nothing else runs (chat_post_idle).
// Writes tests/bench/results/broadcast.json. A script, not a test: it fails only when something is
// broken (a buyer without their album, or with two), never on timings.
//
// Flags (or env): --buyers (BENCH_BUYERS, 1000), --runs (BENCH_RUNS, 5).
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { broadcastDeliveriesSettled } from "@/lib/broadcasts/deliver-broadcast";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { closeDb, getDb } from "@/lib/db";
import { postMessage } from "@/lib/messages/post-message";
import { whenPushQueueIdle } from "@/lib/push/push-queue";
import { resetEnvForTests } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { createEmptyDatabase, type TestDatabase } from "../support/test-database";
import { round, summarize, type LatencySummary } from "./percentiles";

// The chatting buyer posts faster than the per-person limit allows (it is tested on its own).
process.env.POSTS_PER_CONVERSATION_PER_MINUTE = "100000";
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { buyers: { type: "string" }, runs: { type: "string" } } });
const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};
const BUYERS = positive(flags.buyers ?? process.env.BENCH_BUYERS, 1000);
const RUNS = positive(flags.runs ?? process.env.BENCH_RUNS, 5);
const DESIGNS_PER_BROADCAST = 6;

const newId = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const clientId = () => randomBytes(9).toString("base64url");

/** One business, its owner, BUYERS buyers in a conversation each, and 12 designs. */
async function seedAudience() {
  const db = getDb();
  const owner = { id: newId("u"), name: "Bench Owner" };
  const businessId = newId("b");
  await db.user.create({ data: { ...owner, phone: "+919000000000", passwordHash: "x" } });
  await db.business.create({ data: { id: businessId, name: "Bench Sarees", members: { create: { userId: owner.id, role: "OWNER" } } } });
  const buyers = Array.from({ length: BUYERS }, (_, i) => ({ id: newId("u"), name: `Buyer ${i + 1}`, phone: `+91800${String(i).padStart(7, "0")}`, passwordHash: "x" }));
  const conversationIds: string[] = [];
  for (let start = 0; start < buyers.length; start += 500) {
    const chunk = buyers.slice(start, start + 500);
    await db.user.createMany({ data: chunk });
    const conversations = chunk.map((buyer) => ({ id: newId("c"), businessId, buyerId: buyer.id }));
    await db.conversation.createMany({ data: conversations });
    conversationIds.push(...conversations.map((c) => c.id));
  }
  const designIds = Array.from({ length: 12 }, () => newId("d"));
  await db.design.createMany({
    data: designIds.map((id, i) => ({ id, businessId, code: `D-${String(i + 1).padStart(3, "0")}`, title: `Design ${i + 1}`, pricePerPiecePaise: 45_000, setComposition: [{ size: "M", ratio: 1 }], colours: [], createdById: owner.id })),
  });
  return { owner, businessId, buyers: buyers.map((buyer, i) => ({ id: buyer.id, name: buyer.name, conversationId: conversationIds[i]! })), designIds };
}

interface Measured {
  sent: LatencySummary;
  delivered: LatencySummary;
  baselineSent: LatencySummary;
  chatDuring: LatencySummary;
  chatIdle: LatencySummary;
}

/** A buyer chatting: a text every 100 ms until `until` resolves; each post's time. */
async function chatUntil(buyer: { id: string; name: string; conversationId: string }, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.then(() => (done = true));
  const samples: number[] = [];
  while (!done) {
    const start = performance.now();
    await postMessage(buyer, { conversationId: buyer.conversationId, clientId: clientId(), body: "Is the maroon one in stock?" });
    samples.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return samples;
}

async function measure(label: string, database: TestDatabase): Promise<Measured> {
  await migrateDatabase(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR = path.join(repoRoot, "tests", ".tmp", "bench");
  resetEnvForTests();
  const { owner, businessId, buyers, designIds } = await seedAudience();
  const buyerIds = buyers.map((buyer) => buyer.id);
  const chatter = buyers[0]!;
  const designs = (run: number) => Array.from({ length: DESIGNS_PER_BROADCAST }, (_, i) => designIds[(run + i) % designIds.length]!);
  const failures: string[] = [];

  const sentMs: number[] = [];
  const deliveredMs: number[] = [];
  const baselineMs: number[] = [];
  const chatDuring: number[] = [];
  const chatIdle: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    // Baseline: the same broadcast to one buyer.
    let start = performance.now();
    await sendBroadcast(owner, { businessId, clientId: clientId(), designIds: designs(run + 1), buyerIds: [buyerIds[(run + 1) % buyerIds.length]!] });
    await broadcastDeliveriesSettled();
    if (run >= 0) baselineMs.push(performance.now() - start);

    start = performance.now();
    const sent = await sendBroadcast(owner, { businessId, clientId: clientId(), designIds: designs(run + 1), buyerIds: "all", caption: `Collection ${run + 2}` });
    const returned = performance.now() - start;
    const settled = broadcastDeliveriesSettled();
    const chatted = chatUntil(chatter, settled);
    await settled;
    const delivered = performance.now() - start;
    const duringSamples = await chatted;
    await whenPushQueueIdle();
    // The same chat with nothing else running, for as many posts.
    let idleRun = 0;
    const idleSamples = await chatUntil(chatter, new Promise<void>((resolve) => {
      const tick = setInterval(() => ++idleRun >= duringSamples.length && (clearInterval(tick), resolve()), 100);
    }));
    if (run >= 0) {
      sentMs.push(returned);
      deliveredMs.push(delivered);
      chatDuring.push(...duringSamples);
      chatIdle.push(...idleSamples);
    }
    const albums = await getDb().message.groupBy({ by: ["conversationId"], where: { broadcastId: sent.broadcastId }, _count: { _all: true } });
    if (albums.length !== BUYERS) failures.push(`run ${run}: ${albums.length} of ${BUYERS} buyers got the album`);
    if (albums.some((album) => album._count._all !== 1)) failures.push(`run ${run}: a buyer got the album more than once`);
    console.log(`  ${label} run ${run < 0 ? "warm-up" : run + 1}: returned in ${returned.toFixed(0)} ms, all ${BUYERS} albums written after ${delivered.toFixed(0)} ms`);
  }
  await whenPushQueueIdle();
  await closeDb();
  if (failures.length) throw new Error(failures.join("\n"));
  return { sent: summarize(sentMs), delivered: summarize(deliveredMs), baselineSent: summarize(baselineMs), chatDuring: summarize(chatDuring), chatIdle: summarize(chatIdle) };
}

const benchDir = path.join(repoRoot, "tests", ".tmp", "bench");
mkdirSync(benchDir, { recursive: true });
const file = path.join(benchDir, "broadcast.db");
const removeSqlite = async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
};
await removeSqlite();
console.log(`Broadcast of ${DESIGNS_PER_BROADCAST} designs to ${BUYERS.toLocaleString("en-IN")} buyers, ${RUNS} runs after a warm-up:`);
const sqlite = await measure("SQLite", { url: `file:${file}`, drop: removeSqlite });
await removeSqlite();

let postgres: Measured | null = null;
if (process.env.TEST_POSTGRES_URL) {
  const database = await createEmptyDatabase("postgres");
  try {
    postgres = await measure("PostgreSQL", database);
  } finally {
    await database.drop();
  }
}

const ms = (value: number) => round(value, 1);
const report = (name: string, m: Measured) =>
  console.log(
    `${name}: returns p50 ${m.sent.p50.toFixed(0)} / max ${m.sent.max.toFixed(0)} ms (${(m.sent.p50 / m.baselineSent.p50).toFixed(1)}x a one-buyer broadcast, ${m.baselineSent.p50.toFixed(0)} ms); ` +
      `every album written p50 ${m.delivered.p50.toFixed(0)} / max ${m.delivered.max.toFixed(0)} ms;\n  ` +
      `a buyer chatting meanwhile: post p50 ${m.chatDuring.p50.toFixed(1)} / p95 ${m.chatDuring.p95.toFixed(1)} ms against ${m.chatIdle.p50.toFixed(1)} / ${m.chatIdle.p95.toFixed(1)} ms idle (p95 ${(m.chatDuring.p95 / m.chatIdle.p95).toFixed(1)}x)`,
  );
report("SQLite", sqlite);
if (postgres) report("PostgreSQL", postgres);

const results = {
  measured_at: new Date().toISOString(),
  buyers: BUYERS,
  designs_per_broadcast: DESIGNS_PER_BROADCAST,
  runs: RUNS,
  sent_p50_ms: ms(sqlite.sent.p50),
  sent_max_ms: ms(sqlite.sent.max),
  delivered_p50_ms: ms(sqlite.delivered.p50),
  delivered_max_ms: ms(sqlite.delivered.max),
  baseline_sent_1_p50_ms: ms(sqlite.baselineSent.p50),
  chat_post_during_p95_ms: ms(sqlite.chatDuring.p95),
  chat_post_idle_p95_ms: ms(sqlite.chatIdle.p95),
  pg_sent_p50_ms: postgres ? ms(postgres.sent.p50) : null,
  pg_sent_max_ms: postgres ? ms(postgres.sent.max) : null,
  pg_delivered_p50_ms: postgres ? ms(postgres.delivered.p50) : null,
  pg_delivered_max_ms: postgres ? ms(postgres.delivered.max) : null,
  pg_baseline_sent_1_p50_ms: postgres ? ms(postgres.baselineSent.p50) : null,
  pg_chat_post_during_p95_ms: postgres ? ms(postgres.chatDuring.p95) : null,
  pg_chat_post_idle_p95_ms: postgres ? ms(postgres.chatIdle.p95) : null,
};
writeFileSync(path.join(repoRoot, "tests", "bench", "results", "broadcast.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("Wrote tests/bench/results/broadcast.json");
