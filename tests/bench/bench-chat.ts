// `npm run bench:chat`: the chat benchmark of issue #4 (a script, not a test: it never fails
// on numbers, only when something is broken, e.g. a server that does not start or POSTs that fail).
//
// It starts the production build on a fresh SQLite database, makes one business whose N users
// each have a tab open (an event stream, and the browser's work on every event: tabs.ts), and
// measures at a steady rate post-to-visible (the headline: POST sent until a tab showing the
// conversation has what it needs to draw the message), post-to-delivered and the requests tabs
// make per message; then sustained posting throughput, memory after the load and after the tabs
// sat idle, and memory with many idle streams. Then the same against a bare node:http +
// better-sqlite3 server (baseline-server.ts, whose events carry the message, so its tabs fetch
// nothing) and prints the app as a ratio to it. Figures go to tests/bench/results/chat.json.
//
// Flags (or env): --clients (BENCH_CLIENTS, 200), --rate (BENCH_RATE, 20 messages/s),
// --seconds (BENCH_SECONDS, 15), --senders (BENCH_SENDERS, 10), --idle (BENCH_IDLE, 1000),
// --concurrency (BENCH_CONCURRENCY, 16), --throughput-seconds (BENCH_THROUGHPUT_SECONDS, 10),
// --list-tabs (BENCH_LIST_TABS, 1: members whose tab is on the chats list, the owner first; the
// other members each show one of the senders' conversations), --idle-wait (BENCH_IDLE_WAIT, 60:
// seconds the tabs sit idle after the load before RSS is read again; shorten it while developing),
// --app-node-flags (BENCH_APP_NODE_FLAGS: node flags for the app server only, to profile it:
// --app-node-flags="--cpu-prof --cpu-prof-dir=/tmp/prof", with the "=" since the value starts with a dash).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureTarget, type LoadOptions, type TargetResult } from "./chat-load";
import { round } from "./percentiles";
import { benchTempDir, ensureBuild, prepareAppData, startApp, startBaseline, type RunningServer } from "./servers";
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
    "list-tabs": { type: "string" },
    "idle-wait": { type: "string" },
    "app-node-flags": { type: "string" },
  },
});

function positive(flag: string | undefined, envName: string, fallback: number, allowZero = false): number {
  const raw = flag ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) throw new Error(`${envName} / flag must be a positive number, got ${raw}`);
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
  listTabs: Math.round(positive(flags["list-tabs"], "BENCH_LIST_TABS", 1, true)),
  idleWaitSeconds: positive(flags["idle-wait"], "BENCH_IDLE_WAIT", 60, true),
};
const appNodeFlags = (flags["app-node-flags"] ?? process.env.BENCH_APP_NODE_FLAGS ?? "").split(/\s+/).filter(Boolean);
// A supplier's team is small next to its buyers: one member per twenty users (owner + staff),
// at least an owner and one staff member. Every member hears about every message.
const memberCount = Math.max(2, Math.round(clients / 20));
if (clients - memberCount < options.senders) {
  throw new Error(`--clients ${clients} leaves ${clients - memberCount} buyers, fewer than --senders ${options.senders}`);
}
if (options.listTabs >= memberCount) {
  throw new Error(`--list-tabs ${options.listTabs} leaves none of the ${memberCount} members showing a conversation: nobody would see a message arrive`);
}

const tempDir = benchTempDir("chatalog-bench-");

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
const fullSize = clients >= 200 && options.rate >= 20;
const atSize = fullSize ? "" : " (at this size; the target is for 200 tabs at 20 msg/s)";
const visibleTargetMet = a.visible.p95 <= 2 * b.visible.p95;
const requestsTargetMet = a.tabRequestsPerMessage === 0;
const rows: Array<[string, string, string, string, string]> = [
  ["metric", "app", "baseline", "app/baseline", "target (issues #4, #10)"],
  ["post->visible p50 (ms)", fmt(a.visible.p50, 2), fmt(b.visible.p50, 2), ratio(a.visible.p50, b.visible.p50), ""],
  ["post->visible p95 (ms)", fmt(a.visible.p95, 2), fmt(b.visible.p95, 2), ratio(a.visible.p95, b.visible.p95), `<=2x: ${verdict(visibleTargetMet)}${atSize}`],
  ["post->visible p99 (ms)", fmt(a.visible.p99, 2), fmt(b.visible.p99, 2), ratio(a.visible.p99, b.visible.p99), ""],
  ["tab requests per message (GETs)", fmt(a.tabRequestsPerMessage, 2), fmt(b.tabRequestsPerMessage, 2), "", `0: ${verdict(requestsTargetMet)}`],
  ["receipt POSTs per message per tab", fmt(a.receiptPostsPerMessage, 2), fmt(b.receiptPostsPerMessage, 2), ratio(a.receiptPostsPerMessage, b.receiptPostsPerMessage), ""],
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
  ["RSS after load (MB)", fmt(a.rssMbAfterLoad, 0), fmt(b.rssMbAfterLoad, 0), ratio(a.rssMbAfterLoad, b.rssMbAfterLoad), ""],
  [`RSS ${options.idleWaitSeconds} s after load, tabs idle (MB)`, fmt(a.rssMbIdleAfterWait, 0), fmt(b.rssMbIdleAfterWait, 0), ratio(a.rssMbIdleAfterWait, b.rssMbIdleAfterWait), ""],
  [`RSS, ${options.idle} idle streams (MB)`, fmt(a.rssMb1000Idle, 0), fmt(b.rssMb1000Idle, 0), ratio(a.rssMb1000Idle, b.rssMb1000Idle), `<400 MB: ${verdict(a.rssMb1000Idle < 400)}`],
  ["-- diagnostics --", "", "", "", ""],
  ["events carrying the message (share)", fmt(a.eventsWithMessageShare, 2), fmt(b.eventsWithMessageShare, 2), "", "1 = no fetch needed"],
  ["receipt POSTs per message, all tabs", fmt(a.receiptPostsPerMessageAllTabs, 2), fmt(b.receiptPostsPerMessageAllTabs, 2), "", ""],
  [`list refreshes (GET /chats) per message, ${a.listTabs} list tab(s)`, fmt(a.listRefreshesPerMessage, 2), fmt(b.listRefreshesPerMessage, 2), "", ""],
  ["server CPU ms per message (steady, with tabs)", fmt(a.steadyCpuMsPerMessage, 2), fmt(b.steadyCpuMsPerMessage, 2), ratio(a.steadyCpuMsPerMessage, b.steadyCpuMsPerMessage), ""],
  ["server CPU busy % (steady, with tabs)", fmt(a.steadyCpuBusyPercent, 0), fmt(b.steadyCpuBusyPercent, 0), "", ""],
  ["max post->visible (ms)", fmt(a.visible.max, 1), fmt(b.visible.max, 1), "", ""],
  ["visible copies measured / never visible", `${a.visible.count} / ${a.missingVisible}`, `${b.visible.count} / ${b.missingVisible}`, "", "0 never"],
  ["tab request failures", String(a.tabFailures.length), String(b.tabFailures.length), "", "0"],
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
  `\nChatalog chat bench: ${clients} tabs (${memberCount} members, ${options.listTabs} of them on the chats list; ${clients - memberCount} buyers), ${options.senders} senders, ` +
    `${options.rate} msg/s for ${options.seconds} s; throughput ${options.concurrency} in flight for ${options.throughputSeconds} s; ` +
    `${options.idle} idle streams. Node ${process.version}, ${os.cpus().length} CPUs. Visible: POST sent -> a tab showing the conversation can draw the message; ` +
    `delivered: POST sent -> event at the business owner.\n`,
);
rows.forEach((row, index) => {
  console.log(line(row));
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
});

const results = {
  visible_p50_ms: round(a.visible.p50, 2),
  visible_p95_ms: round(a.visible.p95, 2),
  visible_p99_ms: round(a.visible.p99, 2),
  tabs: a.tabs,
  tab_requests_per_message: round(a.tabRequestsPerMessage, 3),
  receipt_posts_per_message: round(a.receiptPostsPerMessage, 3),
  baseline_visible_p50_ms: round(b.visible.p50, 2),
  baseline_visible_p95_ms: round(b.visible.p95, 2),
  baseline_visible_p99_ms: round(b.visible.p99, 2),
  rss_mb_after_load: round(a.rssMbAfterLoad, 1),
  rss_mb_idle_after_60s: round(a.rssMbIdleAfterWait, 1),
  idle_wait_seconds: options.idleWaitSeconds,
  baseline_rss_mb_after_load: round(b.rssMbAfterLoad, 1),
  baseline_rss_mb_idle_after_60s: round(b.rssMbIdleAfterWait, 1),
  receipt_posts_per_message_all_tabs: round(a.receiptPostsPerMessageAllTabs, 3),
  list_tabs: a.listTabs,
  list_refreshes_per_message: round(a.listRefreshesPerMessage, 3),
  events_with_message_share: round(a.eventsWithMessageShare, 3),
  steady_cpu_ms_per_message: round(a.steadyCpuMsPerMessage, 2),
  baseline_steady_cpu_ms_per_message: round(b.steadyCpuMsPerMessage, 2),
  visible_target_met: visibleTargetMet,
  tab_requests_target_met: requestsTargetMet,
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
  /** The machine's load average (1, 5, 15 min) when the run ended: other work on it moves the numbers. */
  load_average: os.loadavg().map((load) => round(load, 2)),
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
  if (r.tabFailures.length) console.error(`\n${name}: ${r.tabFailures.length} tab requests failed, e.g. ${JSON.stringify(r.tabFailures.slice(0, 3))}`);
  if (r.missingVisible) console.error(`\n${name}: ${r.missingVisible} copies never became visible in a tab showing their conversation`);
  if (r.postErrors.length || r.streamErrors || r.missingDeliveries || r.duplicateDeliveries || r.foreignDeliveries || r.tabFailures.length || r.missingVisible) broken = true;
  if (run.stderr.trim()) console.error(`\n${name} server stderr (last lines):\n${run.stderr.trim()}`);
}
process.exitCode = broken ? 1 : 0;
