// `npm run bench:read`: what reading costs (issue #10): requests per second and p95 latency of
// the screens and APIs a person opens most, at a fixed number of concurrent connections. A script,
// not a test: it fails only when something is broken (an answer other than 200, a page without its
// content, a server that does not start), never on timings.
//
// It migrates a fresh SQLite database with the project's migrations, seeds it straight through
// better-sqlite3 (read-seed.ts: a supplier owner with 500 buyers and 10,000 messages, and a buyer
// with 20 suppliers), mints their session cookies (no login route), starts the production server
// as `npm start` runs it and measures, for each of the two people:
//   - the conversation page (/chats/<id>), and the chats list page (/chats);
//   - the newest page of messages (/api/conversations/<id>/messages), and an empty catch-up
//     (?afterSeq=<newest seq>: what every open tab asks after every event today).
// Baselines in the same run: /bench-baseline, a dynamic Next page that reads nothing, served by the
// same server; and the newest page of messages answered by a bare node:http + better-sqlite3
// server with the equivalent SQL (read-baseline-server.ts). Each page is checked once for its real
// content, so a redirect to the login page cannot pass as fast. Load: a closed loop in plain Node
// http with keep-alive: each connection sends its next request when the previous answer has been
// read whole. Figures go to tests/bench/results/read.json.
//
// Flags (or env): --connections (BENCH_CONNECTIONS, 20), --seconds (BENCH_SECONDS, 10 per target),
// --rounds (BENCH_ROUNDS, 5: each target's seconds are measured in that many slices, taking turns
// with the other targets of the same server, so the machine's drift falls on all of them alike),
// --warmup-seconds (BENCH_WARMUP_SECONDS, 2 per target), --app-node-flags (BENCH_APP_NODE_FLAGS: node
// flags for the app server only, e.g. --app-node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof"), --only
// (comma-separated target keys, e.g. --only buyer_api_catchup, to profile one; the JSON is then not written).
// BENCH_DUMP_DIR=<dir> writes each target's first answer there as <key>.txt, to see what a page sends.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { round, summarize, type LatencySummary } from "./percentiles";
import { cpuMs } from "./proc";
import { FIRST_SCREEN_CHATS } from "@/lib/conversations/conversation-search";
import { seedReadFixture, SUPPLIER_BUYERS, SUPPLIER_MESSAGES, BUYER_SUPPLIERS, type ReadPerson } from "./read-seed";
import { benchTempDir, ensureBuild, prepareAppData, startApp, startReadBaseline, type RunningServer } from "./servers";
import { sessionCookies } from "./setup-bench-data";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({
  options: { connections: { type: "string" }, seconds: { type: "string" }, "warmup-seconds": { type: "string" }, "app-node-flags": { type: "string" }, only: { type: "string" }, rounds: { type: "string" } },
});

function positive(flag: string | undefined, envName: string, fallback: number): number {
  const raw = flag ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${envName} / flag must be a positive number, got ${raw}`);
  return value;
}

const CONNECTIONS = Math.round(positive(flags.connections, "BENCH_CONNECTIONS", 20));
const SECONDS = positive(flags.seconds, "BENCH_SECONDS", 10);
const WARMUP_SECONDS = positive(flags["warmup-seconds"], "BENCH_WARMUP_SECONDS", 2);
const ROUNDS = Math.round(positive(flags.rounds, "BENCH_ROUNDS", 5));
const only = flags.only ? new Set(flags.only.split(",").map((key) => key.trim())) : null;
const appNodeFlags = (flags["app-node-flags"] ?? process.env.BENCH_APP_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);

const tempDir = benchTempDir("chatalog-bench-read-");

interface Target {
  key: string;
  label: string;
  path: string;
  cookie?: string;
  /** The first answer must pass this (real content, not a login page or an empty shell). */
  check: (body: string) => boolean;
  checkWhat: string;
}

interface TargetResult {
  key: string;
  label: string;
  rps: number;
  latency: LatencySummary;
  requests: number;
  /** Server CPU per request (ms): work, as opposed to waiting. */
  cpuMsPerRequest: number;
  bytes: number;
  errors: string[];
}

const failures: string[] = [];

/** A reset on a reused keep-alive socket (the server's keep-alive timeout raced the request) is
 * sent again once, as browsers do. */
function get(agent: http.Agent, url: URL, cookie: string | undefined, retry = true): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolve) => {
    // What a browser sends when it loads a page (a page answers a router fetch differently).
    const headers = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ...(cookie ? { Cookie: cookie } : {}) };
    const request = http.get(url, { agent, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, location: response.headers.location }));
      response.on("error", (error) => resolve({ status: 0, body: error.message }));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (retry && request.reusedSocket && error.code === "ECONNRESET") resolve(get(agent, url, cookie, false));
      else resolve({ status: 0, body: error.message });
    });
  });
}

/** `connections` loops, each sending its next request once the previous answer is read whole. */
async function closedLoop(agent: http.Agent, url: URL, cookie: string | undefined, seconds: number, errors: string[]): Promise<{ samples: number[]; elapsedMs: number; bytes: number }> {
  const samples: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && errors.length < 20) {
        const sent = performance.now();
        const answer = await get(agent, url, cookie);
        samples.push(performance.now() - sent);
        bytes = answer.body.length;
        if (answer.status !== 200) errors.push(`${answer.status}${answer.location ? ` -> ${answer.location}` : ""}: ${answer.body.slice(0, 120)}`);
      }
    }),
  );
  return { samples, elapsedMs: performance.now() - started, bytes };
}

interface Measuring {
  target: Target;
  url: URL;
  agent: http.Agent;
  errors: string[];
  samples: number[];
  elapsedMs: number;
  cpuMs: number;
  bytes: number;
  /** Why it was not measured (its first answer was wrong). */
  broken?: string;
}

/** The first answer checked for real content, then the warm-up. */
async function prepare(server: RunningServer, target: Target): Promise<Measuring> {
  const url = new URL(target.path, server.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const measuring: Measuring = { target, url, agent, errors: [], samples: [], elapsedMs: 0, cpuMs: 0, bytes: 0 };
  const first = await get(agent, url, target.cookie);
  if (process.env.BENCH_DUMP_DIR) writeFileSync(path.join(process.env.BENCH_DUMP_DIR, `${target.key}.txt`), first.body);
  if (first.status !== 200 || !target.check(first.body)) {
    measuring.broken = `first answer ${first.status}${first.location ? ` -> ${first.location}` : ""} lacks ${target.checkWhat}: ${first.body.slice(0, 200)}`;
  } else {
    await closedLoop(agent, url, target.cookie, WARMUP_SECONDS, measuring.errors);
  }
  return measuring;
}

/**
 * Measures the targets in ROUNDS interleaved slices (round 1: A B C, round 2: A B C, ...) rather
 * than one after the other: this machine's speed drifts by a third over minutes, and a target
 * measured a minute after its baseline could win or lose by that alone.
 */
async function measureAll(server: RunningServer, targets: Target[]): Promise<TargetResult[]> {
  const all: Measuring[] = [];
  for (const target of targets) all.push(await prepare(server, target));
  const live = all.filter((measuring) => !measuring.broken);
  for (let round = 0; round < ROUNDS; round++) {
    for (const measuring of live) {
      const cpuBefore = cpuMs(server.pid);
      const slice = await closedLoop(measuring.agent, measuring.url, measuring.target.cookie, SECONDS / ROUNDS, measuring.errors);
      measuring.cpuMs += cpuMs(server.pid) - cpuBefore;
      measuring.samples.push(...slice.samples);
      measuring.elapsedMs += slice.elapsedMs;
      measuring.bytes = slice.bytes;
    }
  }
  return all.map(finish);
}

function finish(measuring: Measuring): TargetResult {
  const { target, agent, errors, samples } = measuring;
  agent.destroy();
  if (measuring.broken) {
    failures.push(`${target.label} (${target.path}): ${measuring.broken}`);
    console.log(`  ${target.label}: BROKEN: ${measuring.broken}`);
    return { key: target.key, label: target.label, rps: Number.NaN, latency: summarize([]), requests: 0, cpuMsPerRequest: Number.NaN, bytes: 0, errors: [measuring.broken] };
  }
  const latency = summarize(samples);
  const result = { key: target.key, label: target.label, rps: samples.length / (measuring.elapsedMs / 1000), latency, requests: samples.length, cpuMsPerRequest: measuring.cpuMs / samples.length, bytes: measuring.bytes, errors };
  console.log(`  ${target.label}: ${result.rps.toFixed(0)} req/s, p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request, ${result.bytes} bytes`);
  if (errors.length) failures.push(`${target.label}: ${errors.length} answers were not 200, e.g. ${errors[0]}`);
  return result;
}

// ---- fixture ----
ensureBuild(repoRoot);
prepareAppData(repoRoot, tempDir);
const databaseFile = path.join(tempDir, "chatalog.db");
let started = performance.now();
const fixture = seedReadFixture(databaseFile);
console.log(`Seeded ${fixture.messages.toLocaleString("en-IN")} messages (supplier: ${SUPPLIER_BUYERS} buyers, ${SUPPLIER_MESSAGES.toLocaleString("en-IN")} messages; buyer: ${BUYER_SUPPLIERS} suppliers) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const authSecret = readFileSync(path.join(tempDir, "auth-secret"), "utf8").trim();

const [buyerCookie, supplierCookie] = await sessionCookies([fixture.buyer, fixture.supplierOwner], authSecret, `file:${databaseFile}`);
const people: Array<{ who: "buyer" | "supplier"; person: ReadPerson; cookie: string }> = [
  { who: "buyer", person: fixture.buyer, cookie: buyerCookie! },
  { who: "supplier", person: fixture.supplierOwner, cookie: supplierCookie! },
];

interface PageJson {
  messages: Array<{ body: string | null }>;
}
const messagesOf = (body: string): PageJson["messages"] | null => {
  try {
    const parsed = JSON.parse(body) as Partial<PageJson>;
    return Array.isArray(parsed.messages) ? parsed.messages : null;
  } catch {
    return null;
  }
};
const newestPageCheck = (person: ReadPerson) => (body: string) => messagesOf(body)?.at(-1)?.body === person.lastMessageText && messagesOf(body)?.length === 50;

function appTargets(who: string, person: ReadPerson, cookie: string): Target[] {
  const api = `/api/conversations/${person.conversationId}/messages`;
  return [
    { key: `${who}_page_conversation`, label: `${who}: conversation page`, path: `/chats/${person.conversationId}`, cookie, check: (b) => b.includes(person.lastMessageText), checkWhat: "the newest message's text" },
    { key: `${who}_page_chats`, label: `${who}: chats list page (${Math.min(person.conversations, FIRST_SCREEN_CHATS)} of ${person.conversations} rows)`, path: "/chats", cookie, check: (b) => b.includes(person.listText), checkWhat: `"${person.listText}"` },
    { key: `${who}_api_messages`, label: `${who}: newest page of messages (API)`, path: api, cookie, check: newestPageCheck(person), checkWhat: "50 messages ending with the newest" },
    { key: `${who}_api_catchup`, label: `${who}: empty catch-up (API)`, path: `${api}?afterSeq=${person.lastSeq}`, cookie, check: (b) => messagesOf(b)?.length === 0, checkWhat: "an empty list of messages" },
  ];
}

const results = new Map<string, TargetResult>();
async function run(start: () => Promise<RunningServer>, label: string, targets: Target[]): Promise<void> {
  console.log(`\n${label}: starting...`);
  const server = await start();
  console.log(`  up at ${server.url} (server pid ${server.pid}); ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s per target in ${ROUNDS} interleaved rounds`);
  try {
    for (const result of await measureAll(server, targets.filter((target) => !only || only.has(target.key)))) results.set(result.key, result);
  } finally {
    await server.stop();
    if (server.stderr().trim()) console.error(`\n${label} stderr (last lines):\n${server.stderr().trim()}`);
  }
}

started = performance.now();
await run(() => startApp(repoRoot, tempDir, { nodeFlags: appNodeFlags }), "App (next start, Prisma, SQLite)", [
  { key: "baseline_page", label: "baseline: /bench-baseline (dynamic Next page, no data)", path: "/bench-baseline", check: (b) => b.includes("a dynamic page that reads nothing"), checkWhat: "its text" },
  ...people.flatMap(({ who, person, cookie }) => appTargets(who, person, cookie)),
]);
await run(
  () => startReadBaseline(repoRoot, tempDir, databaseFile, authSecret),
  "Baseline (node:http, better-sqlite3, same database)",
  people.map(({ who, person, cookie }) => ({
    key: `${who}_baseline_api`,
    label: `${who}: newest page of messages (baseline)`,
    path: `/api/conversations/${person.conversationId}/messages`,
    cookie,
    check: newestPageCheck(person),
    checkWhat: "50 messages ending with the newest",
  })),
);
console.log(`\nMeasured in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

// ---- report ----
const result = (key: string): TargetResult | undefined => results.get(key);
const rpsOf = (key: string) => result(key)?.rps ?? Number.NaN;
const p95Of = (key: string) => result(key)?.latency.p95 ?? Number.NaN;
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const basePage = rpsOf("baseline_page");

const rows: Array<[string, string, string, string, string, string]> = [["target", "req/s", "p95 (ms)", "CPU ms/req", "vs baseline", "target (issue #10)"]];
const addRow = (key: string, against?: { rps: number; share: number; what: string }) => {
  const r = result(key);
  if (!r) return;
  const share = against && Number.isFinite(r.rps) && against.rps > 0 ? r.rps / against.rps : Number.NaN;
  rows.push([
    r.label,
    fmt(r.rps, 0),
    fmt(r.latency.p95, 1),
    fmt(r.cpuMsPerRequest, 2),
    against ? `${fmt(share, 2)}x of ${against.what}` : "",
    against ? `>=${against.share === 0.5 ? "1/2" : "1/3"}: ${verdict(share >= against.share)}` : "",
  ]);
};
addRow("baseline_page");
for (const { who } of people) {
  const baseApi = rpsOf(`${who}_baseline_api`);
  addRow(`${who}_baseline_api`);
  addRow(`${who}_page_conversation`, { rps: basePage, share: 0.5, what: "baseline page" });
  addRow(`${who}_page_chats`, { rps: basePage, share: 0.5, what: "baseline page" });
  addRow(`${who}_api_messages`, { rps: baseApi, share: 1 / 3, what: "baseline API" });
  addRow(`${who}_api_catchup`, { rps: baseApi, share: 1 / 3, what: "baseline API" });
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
console.log(
  `\nChatalog read bench: ${CONNECTIONS} concurrent connections (closed loop, keep-alive, no compression), ${SECONDS} s per target after ${WARMUP_SECONDS} s warm-up. ` +
    `Buyer: ${BUYER_SUPPLIERS} conversations; supplier owner: ${SUPPLIER_BUYERS} buyers, ${SUPPLIER_MESSAGES.toLocaleString("en-IN")} messages. Node ${process.version}, ${os.cpus().length} CPUs; the load generator shares them.\n`,
);
rows.forEach((row, index) => {
  console.log(line(row));
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
});

// The headline keys take the worse of the two people (lower req/s, higher p95); each person's own
// figures follow with a buyer_ / supplier_ prefix.
const worst = (name: string) => ({
  rps: Math.min(...people.map(({ who }) => rpsOf(`${who}_${name}`))),
  p95: Math.max(...people.map(({ who }) => p95Of(`${who}_${name}`))),
});
const headline: Record<string, number | null> = {};
for (const name of ["page_conversation", "page_chats", "api_messages", "api_catchup", "baseline_api"]) {
  const { rps, p95 } = worst(name);
  headline[`${name}_rps`] = round(rps, 1);
  headline[`${name}_p95_ms`] = round(p95, 2);
}
const pageTargetMet = people.every(({ who }) => ["page_conversation", "page_chats"].every((name) => rpsOf(`${who}_${name}`) * 2 >= basePage));
const apiTargetMet = people.every(({ who }) => ["api_messages", "api_catchup"].every((name) => rpsOf(`${who}_${name}`) * 3 >= rpsOf(`${who}_baseline_api`)));
console.log(`\nPages at least half the baseline page's req/s: ${verdict(pageTargetMet)}. APIs at least a third of the baseline API's req/s: ${verdict(apiTargetMet)}.`);

const perPerson: Record<string, number | null> = {};
for (const r of results.values()) {
  perPerson[`${r.key}_rps`] = round(r.rps, 1);
  perPerson[`${r.key}_p95_ms`] = round(r.latency.p95, 2);
  perPerson[`${r.key}_p50_ms`] = round(r.latency.p50, 2);
  perPerson[`${r.key}_cpu_ms_per_request`] = round(r.cpuMsPerRequest, 3);
}
const json = {
  page_conversation_rps: headline.page_conversation_rps,
  page_conversation_p95_ms: headline.page_conversation_p95_ms,
  page_chats_rps: headline.page_chats_rps,
  page_chats_p95_ms: headline.page_chats_p95_ms,
  baseline_page_rps: round(basePage, 1),
  baseline_page_p95_ms: round(p95Of("baseline_page"), 2),
  api_messages_rps: headline.api_messages_rps,
  api_messages_p95_ms: headline.api_messages_p95_ms,
  api_catchup_rps: headline.api_catchup_rps,
  api_catchup_p95_ms: headline.api_catchup_p95_ms,
  baseline_api_rps: headline.baseline_api_rps,
  baseline_api_p95_ms: headline.baseline_api_p95_ms,
  page_target_met: pageTargetMet,
  api_target_met: apiTargetMet,
  ...perPerson,
  connections: CONNECTIONS,
  seconds_per_target: SECONDS,
  rounds: ROUNDS,
  supplier_buyers: SUPPLIER_BUYERS,
  supplier_messages: SUPPLIER_MESSAGES,
  buyer_conversations: BUYER_SUPPLIERS,
  node: process.version,
  cpus: os.cpus().length,
  /** The machine's load average (1, 5, 15 min) when the run ended: other work on it moves the numbers. */
  load_average: os.loadavg().map((load) => round(load, 2)),
  measured_at: new Date().toISOString(),
};
const resultsDir = path.join(repoRoot, "tests", "bench", "results");
if (!only) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "read.json"), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(resultsDir, "read.json"))}`);
}

if (failures.length) {
  console.error(`\nBroken:\n${failures.map((failure) => `  - ${failure}`).join("\n")}`);
  process.exitCode = 1;
}
