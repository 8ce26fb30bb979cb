// `npm run bench:chat`: the chat benchmark of issue #4 (a script, not a test: it never fails
// on numbers, only when something is broken, e.g. a server that does not start or POSTs that fail).
//
// It starts the production build on a fresh SQLite database, makes one business whose N users
// all hold an event stream, and measures post-to-delivered latency at a steady rate, sustained
// posting throughput and memory with many idle streams. Then it measures the same against a bare
// node:http + better-sqlite3 server (baseline-server.ts) and prints the app as a ratio to it.
// Figures go to tests/bench/results/chat.json.
//
// Flags (or env): --clients (BENCH_CLIENTS, 200), --rate (BENCH_RATE, 20 messages/s),
// --seconds (BENCH_SECONDS, 15), --senders (BENCH_SENDERS, 10), --idle (BENCH_IDLE, 1000),
// --concurrency (BENCH_CONCURRENCY, 16), --throughput-seconds (BENCH_THROUGHPUT_SECONDS, 10),
// --app-node-flags (BENCH_APP_NODE_FLAGS: node flags for the app server only, to profile it:
// --app-node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof", with the "=" since the value starts with a dash).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureTarget, type LoadOptions, type TargetResult } from "./chat-load";
import { round } from "./percentiles";
import { ensureBuild, killAllSync, prepareAppData, startApp, startBaseline, type RunningServer } from "./servers";
import { baselineSetupOf, createBenchPopulation } from "./setup-bench-data";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const { values: flags } = parseArgs({
  options: {
    clients: { type: "string" },
    rate: { type: "string" },
    seconds: { type: "string" },
    senders: { type: "string" },
    idle: { type: "string" },
    concurrency: { type: "string" },
    "throughput-seconds": { type: "string" },
    "app-node-flags": { type: "string" },
  },
});

function positive(flag: string | undefined, envName: string, fallback: number): number {
  const raw = flag ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${envName} / flag must be a positive number, got ${raw}`);
  return value;
}

const clients = Math.round(positive(flags.clients, "BENCH_CLIENTS", 200));
const options: LoadOptions = {
  rate: positive(flags.rate, "BENCH_RATE", 20),
  seconds: positive(flags.seconds, "BENCH_SECONDS", 15),
  senders: Math.round(positive(flags.senders, "BENCH_SENDERS", 10)),
  idle: Math.round(positive(flags.idle, "BENCH_IDLE", 1000)),
  concurrency: Math.round(positive(flags.concurrency, "BENCH_CONCURRENCY", 16)),
  throughputSeconds: positive(flags["throughput-seconds"], "BENCH_THROUGHPUT_SECONDS", 10),
};
const appNodeFlags = (flags["app-node-flags"] ?? process.env.BENCH_APP_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
// A supplier's team is small next to its buyers: one member per twenty users (owner + staff),
// at least an owner and one staff member. Every member hears about every message.
const memberCount = Math.max(2, Math.round(clients / 20));
if (clients - memberCount < options.senders) {
  throw new Error(`--clients ${clients} leaves ${clients - memberCount} buyers, fewer than --senders ${options.senders}`);
}

const tempDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-bench-"));
const cleanUp = () => {
  killAllSync();
  rmSync(tempDir, { recursive: true, force: true });
};
// Whatever ends the run, no server outlives it and the temp dir goes.
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

async function measure(start: () => Promise<RunningServer>, label: string): Promise<{ result: TargetResult; stderr: string }> {
  console.log(`\n${label}: starting...`);
  const server = await start();
  console.log(`  up at ${server.url} (server pid ${server.pid})`);
  try {
    const result = await measureTarget(server, population, options, console.log);
    return { result, stderr: server.stderr() };
  } finally {
    await server.stop();
  }
}

ensureBuild(repoRoot);
prepareAppData(repoRoot, tempDir);
const authSecret = readFileSync(path.join(tempDir, "auth-secret"), "utf8").trim();
const population = await createBenchPopulation(`file:${path.join(tempDir, "chatalog.db")}`, authSecret, clients, memberCount);
const setupFile = path.join(tempDir, "baseline-setup.json");
writeFileSync(setupFile, JSON.stringify(baselineSetupOf(population)));

const app = await measure(() => startApp(repoRoot, tempDir, { nodeFlags: appNodeFlags }), "App (next start, Prisma, SQLite)");
const base = await measure(() => startBaseline(repoRoot, tempDir, setupFile, authSecret), "Baseline (node:http, better-sqlite3)");

// ---- report ----
const a = app.result;
const b = base.result;
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const ratio = (x: number, y: number) => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? `${(x / y).toFixed(2)}x` : "n/a");
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const rows: Array<[string, string, string, string, string]> = [
  ["metric", "app", "baseline", "app/baseline", "target (issue #4)"],
  ["post->delivered p50 (ms)", fmt(a.latency.p50, 2), fmt(b.latency.p50, 2), ratio(a.latency.p50, b.latency.p50), ""],
  [
    "post->delivered p95 (ms)",
    fmt(a.latency.p95, 2),
    fmt(b.latency.p95, 2),
    ratio(a.latency.p95, b.latency.p95),
    `<25 ms, <=3x: ${verdict(a.latency.p95 < 25 && a.latency.p95 <= 3 * b.latency.p95)}`,
  ],
  ["post->delivered p99 (ms)", fmt(a.latency.p99, 2), fmt(b.latency.p99, 2), ratio(a.latency.p99, b.latency.p99), ""],
  [
    `sustained msgs/s (${options.concurrency} in flight)`,
    fmt(a.msgsPerS, 0),
    fmt(b.msgsPerS, 0),
    ratio(a.msgsPerS, b.msgsPerS),
    `>=500/s, >=1/3: ${verdict(a.msgsPerS >= 500 && a.msgsPerS * 3 >= b.msgsPerS)}`,
  ],
  [`RSS, ${options.idle} idle streams (MB)`, fmt(a.rssMb1000Idle, 0), fmt(b.rssMb1000Idle, 0), ratio(a.rssMb1000Idle, b.rssMb1000Idle), `<400 MB: ${verdict(a.rssMb1000Idle < 400)}`],
  ["-- diagnostics --", "", "", "", ""],
  ["p95, every recipient's copy (ms)", fmt(a.allRecipientsLatency.p95, 2), fmt(b.allRecipientsLatency.p95, 2), ratio(a.allRecipientsLatency.p95, b.allRecipientsLatency.p95), ""],
  ["server CPU ms per message (flat out)", fmt(a.cpuMsPerMessage, 2), fmt(b.cpuMsPerMessage, 2), ratio(a.cpuMsPerMessage, b.cpuMsPerMessage), ""],
  ["server CPU busy % (flat out)", fmt(a.cpuBusyPercent, 0), fmt(b.cpuBusyPercent, 0), "", ""],
  ["max, owner's copy (ms)", fmt(a.latency.max, 1), fmt(b.latency.max, 1), "", ""],
  ["RSS at start / after load (MB)", `${fmt(a.rssMbStart, 0)} / ${fmt(a.rssMbAfterLoad, 0)}`, `${fmt(b.rssMbStart, 0)} / ${fmt(b.rssMbAfterLoad, 0)}`, "", ""],
  ["messages: steady / throughput", `${a.steadyPosted} / ${a.throughputAccepted}`, `${b.steadyPosted} / ${b.throughputAccepted}`, "", ""],
  ["deliveries missing/dup/foreign", `${a.missingDeliveries}/${a.duplicateDeliveries}/${a.foreignDeliveries}`, `${b.missingDeliveries}/${b.duplicateDeliveries}/${b.foreignDeliveries}`, "", "0/0/0"],
  ["server sockets left after close", String(a.socketsLeftOpen), String(b.socketsLeftOpen), "", "0"],
  ["POST errors / stream errors", `${a.postErrors.length} / ${a.streamErrors}`, `${b.postErrors.length} / ${b.streamErrors}`, "", "0 / 0"],
];
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");

console.log(
  `\nChatalog chat bench: ${clients} SSE clients (${memberCount} members, ${clients - memberCount} buyers), ${options.senders} senders, ` +
    `${options.rate} msg/s for ${options.seconds} s; throughput ${options.concurrency} in flight for ${options.throughputSeconds} s; ` +
    `${options.idle} idle streams. Node ${process.version}, ${os.cpus().length} CPUs. Latency: POST sent -> event at the business owner.\n`,
);
rows.forEach((row, index) => {
  console.log(line(row));
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
});

const results = {
  p50_ms: round(a.latency.p50, 2),
  p95_ms: round(a.latency.p95, 2),
  p99_ms: round(a.latency.p99, 2),
  msgs_per_s: round(a.msgsPerS, 1),
  rss_mb_1000_idle: round(a.rssMb1000Idle, 1),
  baseline_p50_ms: round(b.latency.p50, 2),
  baseline_p95_ms: round(b.latency.p95, 2),
  baseline_p99_ms: round(b.latency.p99, 2),
  baseline_msgs_per_s: round(b.msgsPerS, 1),
  baseline_rss_mb_1000_idle: round(b.rssMb1000Idle, 1),
  clients,
  rate_per_s: options.rate,
  seconds: options.seconds,
  senders: options.senders,
  members: memberCount,
  concurrency: options.concurrency,
  idle_connections: a.idleConnections,
  cpu_ms_per_message: round(a.cpuMsPerMessage, 2),
  baseline_cpu_ms_per_message: round(b.cpuMsPerMessage, 2),
  missing_deliveries: a.missingDeliveries,
  post_errors: a.postErrors.length,
  stream_errors: a.streamErrors,
  node: process.version,
  cpus: os.cpus().length,
  measured_at: new Date().toISOString(),
};
const resultsDir = path.join(repoRoot, "tests", "bench", "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "chat.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, "chat.json"))}`);

// Broken, not slow: failed POSTs, broken streams, or events lost, doubled or sent to the wrong
// user make the run fail. Timings never do.
let broken = false;
for (const [name, run] of [["app", app], ["baseline", base]] as const) {
  const r = run.result;
  if (r.postErrors.length) console.error(`\n${name}: ${r.postErrors.length} POSTs failed, e.g. ${JSON.stringify(r.postErrors.slice(0, 3))}`);
  if (r.streamErrors) console.error(`\n${name}: ${r.streamErrors} event streams failed or were ended by the server`);
  if (r.missingDeliveries || r.duplicateDeliveries || r.foreignDeliveries) {
    console.error(`\n${name}: events missing ${r.missingDeliveries}, duplicated ${r.duplicateDeliveries}, delivered to the wrong user ${r.foreignDeliveries}`);
  }
  if (r.postErrors.length || r.streamErrors || r.missingDeliveries || r.duplicateDeliveries || r.foreignDeliveries) broken = true;
  if (run.stderr.trim()) console.error(`\n${name} server stderr (last lines):\n${run.stderr.trim()}`);
}
process.exitCode = broken ? 1 : 0;
