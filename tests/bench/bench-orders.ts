// `npm run bench:orders`: the orders benchmark of issue #6 (a script, not a test: it fails only
// when something is broken, never on timings).
//
// Seeds 100,000 orders of 1-5 lines into a fresh, migrated SQLite file under tests/.tmp/bench,
// then measures, in-process against that file, the real services and a hand-written
// better-sqlite3 baseline doing the same work (orders-baseline.ts):
//   - confirming an order from 5 open picks (confirmOrder),
//   - the first page of the Orders list, without filters and with status + design code + dates,
//   - the CSV export of 10,000 orders (time, and peak RSS sampled every 10 ms while it streams).
// Prints p50/p95 with each figure's ratio to the baseline and writes tests/bench/results/orders.json.
//
// Flags (or env): --orders (BENCH_ORDERS, 100000), --runs (BENCH_RUNS, 200), --csv-runs (BENCH_CSV_RUNS, 5).
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { closeDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { listOrders } from "@/lib/orders/list-orders";
import { istDayEnd, istDayStart } from "@/lib/orders/order-filters";
import { OrdersBaseline } from "./orders-baseline";
import { DAY_MS, seedOrderHistory } from "./orders-seed";
import { round, summarize, type LatencySummary } from "./percentiles";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { orders: { type: "string" }, runs: { type: "string" }, "csv-runs": { type: "string" } } });

function positive(flag: string | undefined, envName: string, fallback: number): number {
  const raw = flag ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${envName} / flag must be a positive whole number, got ${raw}`);
  return value;
}

const ORDER_COUNT = positive(flags.orders, "BENCH_ORDERS", 100_000);
const RUNS = positive(flags.runs, "BENCH_RUNS", 200);
const CSV_RUNS = positive(flags["csv-runs"], "BENCH_CSV_RUNS", 5);
const WARMUP = 10;
const CSV_ORDERS = 10_000;
const PICKS_PER_ORDER = 5;

const benchDir = path.join(repoRoot, "tests", ".tmp", "bench");
const file = path.join(benchDir, "orders.db");
const removeDb = () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
};
mkdirSync(benchDir, { recursive: true });
removeDb();
const url = `file:${file}`;

// ---- fixture ----
let started = performance.now();
await migrateDatabase(url);
const seeded = seedOrderHistory(file, { orders: ORDER_COUNT, buyers: 300, designs: 300, now: new Date() });
console.log(`Seeded ${ORDER_COUNT.toLocaleString("en-IN")} orders, ${seeded.lineCount.toLocaleString("en-IN")} lines (${seeded.firstDay} to ${seeded.lastDay} IST) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

process.env.DATABASE_URL = url;
process.env.DATA_DIR = benchDir;
resetEnvForTests();
const baseline = new OrdersBaseline(file);
const owner = seeded.owner;
const businessId = seeded.businessId;

const dayBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
// Status + design code + the last 90 days: a typical "who ordered D-0142 lately and got it" question.
const filters = { status: "DELIVERED", designCode: "D-0142", from: dayBefore(seeded.lastDay, 89), to: seeded.lastDay };
const baselineFilter = { status: filters.status, designCode: filters.designCode, fromInstant: istDayStart(filters.from), toInstantExclusive: istDayEnd(filters.to) };
// Exactly CSV_ORDERS orders: the seed writes a fixed number a day.
const csvDays = Math.ceil(CSV_ORDERS / 125);
const csvRange = { from: dayBefore(seeded.lastDay, csvDays - 1), to: seeded.lastDay };

// ---- measuring ----
async function timeRuns(label: string, runs: number, work: (run: number) => Promise<unknown> | unknown, before?: (run: number) => void): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let run = -WARMUP; run < runs; run++) {
    before?.(run);
    const start = performance.now();
    await work(run);
    if (run >= 0) samples.push(performance.now() - start);
  }
  const summary = summarize(samples);
  console.log(`  ${label}: p50 ${summary.p50.toFixed(2)} ms, p95 ${summary.p95.toFixed(2)} ms (${summary.count} runs)`);
  return summary;
}

let peakHeap = 0;
let peakRss = 0;
function sampleMemory() {
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  // RSS grows when V8 or wasm reserve memory and rarely shrinks; the live JS heap shows retention.
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}
/** Samples every 10 ms and whenever sampleMemory() is called (after each chunk: SQLite answers
 * synchronously, so a busy export may starve the timer). Returns the peak RSS. */
function rssSampler() {
  peakRss = 0;
  sampleMemory();
  const timer = setInterval(sampleMemory, 10);
  return () => {
    clearInterval(timer);
    sampleMemory();
    return peakRss;
  };
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

console.log("\nOrders list, first page:");
const firstPage = await listOrders(owner, { businessId });
const baseFirstPage = baseline.listFirstPage(owner.id, businessId);
check(firstPage.rows.length === 30 && firstPage.rows[0]?.number === 1000 + ORDER_COUNT, "the first page is not the 30 newest orders");
check(JSON.stringify(firstPage.rows.map((r) => [r.number, r.lineCount, r.buyerName])) === JSON.stringify(baseFirstPage.map((r) => [r.number, r.lineCount, r.buyerName])), "app and baseline first pages differ");
const listApp = await timeRuns("app", RUNS, () => listOrders(owner, { businessId }));
const listBase = await timeRuns("baseline", RUNS, () => baseline.listFirstPage(owner.id, businessId));

console.log(`\nOrders list, first page filtered (${JSON.stringify(filters)}):`);
const filteredPage = await listOrders(owner, { businessId, ...filters });
const baseFiltered = baseline.listFilteredFirstPage(owner.id, businessId, baselineFilter);
check(filteredPage.rows.length > 0, "the filtered page is empty: the filter measures nothing");
check(JSON.stringify(filteredPage.rows.map((r) => r.number)) === JSON.stringify(baseFiltered.map((r) => r.number)), "app and baseline filtered pages differ");
console.log(`  ${filteredPage.rows.length} rows on the page; baseline plan: ${baseline.explainFilteredList(businessId, baselineFilter).join(" | ")}`);
const filteredApp = await timeRuns("app", RUNS, () => listOrders(owner, { businessId, ...filters }));
const filteredBase = await timeRuns("baseline", RUNS, () => baseline.listFilteredFirstPage(owner.id, businessId, baselineFilter));

console.log(`\nCSV export of ${CSV_ORDERS.toLocaleString("en-IN")} orders (${csvRange.from} to ${csvRange.to}), ${CSV_RUNS} runs:`);
const rssBeforeCsv = process.memoryUsage.rss();
const csvAppMs: number[] = [];
let csvPeakRss = 0;
let csvRows = 0;
let csvBytes = 0;
for (let run = 0; run < CSV_RUNS; run++) {
  const stopSampling = rssSampler();
  const start = performance.now();
  const csv = await exportOrdersCsv(owner, { businessId, ...csvRange });
  let bytes = 0;
  let newlines = 0;
  // Like a response body: each chunk is handed on and dropped.
  for await (const chunk of csv.chunks) {
    sampleMemory();
    bytes += Buffer.byteLength(chunk);
    for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) newlines += 1;
  }
  csvAppMs.push(performance.now() - start);
  csvPeakRss = Math.max(csvPeakRss, stopSampling());
  csvRows = newlines - 1;
  csvBytes = bytes;
}
check(csvRows === CSV_ORDERS, `the CSV export wrote ${csvRows} orders, not ${CSV_ORDERS}`);
const csvApp = summarize(csvAppMs);
const csvBaseMs: number[] = [];
let baseCsvRows = 0;
for (let run = 0; run < CSV_RUNS; run++) {
  const start = performance.now();
  let bytes = 0;
  baseCsvRows = baseline.exportCsv(owner.id, businessId, istDayStart(csvRange.from), istDayEnd(csvRange.to), (chunk) => (bytes += Buffer.byteLength(chunk)));
  csvBaseMs.push(performance.now() - start);
}
check(baseCsvRows === CSV_ORDERS, `the baseline CSV wrote ${baseCsvRows} orders`);
const csvBase = summarize(csvBaseMs);
console.log(`  app: p50 ${csvApp.p50.toFixed(0)} ms (max ${csvApp.max.toFixed(0)}), ${(csvBytes / 1e6).toFixed(2)} MB; RSS ${(rssBeforeCsv / 1e6).toFixed(0)} MB before, peak ${(csvPeakRss / 1e6).toFixed(0)} MB`);
console.log(`  baseline: p50 ${csvBase.p50.toFixed(0)} ms`);

// Constant memory: the whole history streams within about the same peak as 10,000 orders.
const csvPeakHeap = peakHeap;
peakHeap = 0;
const stopAll = rssSampler();
started = performance.now();
let allRows = -1;
for await (const chunk of (await exportOrdersCsv(owner, { businessId })).chunks) {
  sampleMemory();
  allRows += chunk.split("\n").length - 1;
}
const allMs = performance.now() - started;
const allPeakRss = stopAll();
const allPeakHeap = peakHeap;
console.log(`  10,000 orders: peak JS heap ${(csvPeakHeap / 1e6).toFixed(0)} MB`);
console.log(`  all ${allRows.toLocaleString("en-IN")} orders: ${(allMs / 1000).toFixed(1)} s, peak RSS ${(allPeakRss / 1e6).toFixed(0)} MB, peak JS heap ${(allPeakHeap / 1e6).toFixed(0)} MB`);

console.log(`\nConfirm an order from ${PICKS_PER_ORDER} open picks:`);
const pickDesigns = (run: number) => Array.from({ length: PICKS_PER_ORDER }, (_, i) => seeded.designs[(run * 7 + i * 31 + 1000) % seeded.designs.length]!);
const buyerOf = (run: number) => seeded.buyers[(run + WARMUP) % seeded.buyers.length]!;
let picksStamp = Date.now();
const addPicks = (run: number) => {
  const buyer = buyerOf(run);
  baseline.addOpenPicks(buyer.conversationId, buyer.id, pickDesigns(run), (picksStamp += 10));
};
const confirmApp = await timeRuns(
  "app",
  RUNS,
  async (run) => {
    const buyer = buyerOf(run);
    const order = await confirmOrder({ id: buyer.id, name: buyer.name }, { conversationId: buyer.conversationId, idempotencyKey: `bench-app-${run + WARMUP}-${randomBytes(4).toString("hex")}` });
    check(order.lines === PICKS_PER_ORDER, `an app confirmation made ${order.lines} lines`);
  },
  addPicks,
);
const confirmBase = await timeRuns(
  "baseline",
  RUNS,
  (run) => baseline.confirmOrder(buyerOf(run).id, buyerOf(run).conversationId, `bench-base-${run + WARMUP}-${randomBytes(4).toString("hex")}`),
  addPicks,
);
const numbers = baseline.db.prepare(`SELECT count(*) AS n, count(DISTINCT number) AS d, max(number) - min(number) + 1 AS span FROM "Order" WHERE businessId = ?`).get(businessId) as { n: number; d: number; span: number };
check(numbers.n === numbers.d && numbers.d === numbers.span, "order numbers are not unique and gapless after the confirmations");

// ---- report ----
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const ratio = (x: number, y: number) => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? `${(x / y).toFixed(1)}x` : "n/a");
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const rows: string[][] = [
  ["metric", "app p50", "app p95", "baseline p50", "baseline p95", "p95 app/baseline", "target (issue #6)"],
  [
    `confirm order, ${PICKS_PER_ORDER} picks (ms)`,
    fmt(confirmApp.p50, 2),
    fmt(confirmApp.p95, 2),
    fmt(confirmBase.p50, 2),
    fmt(confirmBase.p95, 2),
    ratio(confirmApp.p95, confirmBase.p95),
    `p95 < 30 ms: ${verdict(confirmApp.p95 < 30)}`,
  ],
  ["orders list, first page (ms)", fmt(listApp.p50, 2), fmt(listApp.p95, 2), fmt(listBase.p50, 2), fmt(listBase.p95, 2), ratio(listApp.p95, listBase.p95), `p95 < 50 ms: ${verdict(listApp.p95 < 50)}`],
  [
    "orders list, filtered (ms)",
    fmt(filteredApp.p50, 2),
    fmt(filteredApp.p95, 2),
    fmt(filteredBase.p50, 2),
    fmt(filteredBase.p95, 2),
    ratio(filteredApp.p95, filteredBase.p95),
    `p95 < 50 ms: ${verdict(filteredApp.p95 < 50)}`,
  ],
  [`CSV, ${CSV_ORDERS.toLocaleString("en-IN")} orders (ms, median)`, fmt(csvApp.p50, 0), "", fmt(csvBase.p50, 0), "", ratio(csvApp.p50, csvBase.p50), `< 2 s: ${verdict(csvApp.p50 < 2000)}`],
  ["CSV peak RSS (MB)", fmt(csvPeakRss / 1e6, 0), "", "", "", "", `all ${allRows.toLocaleString("en-IN")}: ${fmt(allPeakRss / 1e6, 0)} MB`],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
console.log(`\nChatalog orders bench: ${ORDER_COUNT.toLocaleString("en-IN")} orders on SQLite, ${RUNS} runs each (after ${WARMUP} warm-up). Node ${process.version}, ${os.cpus().length} CPUs.\n`);
rows.forEach((row, index) => {
  console.log(line(row));
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
});

const results = {
  confirm_p95_ms: round(confirmApp.p95, 2),
  list_p95_ms: round(listApp.p95, 2),
  list_filtered_p95_ms: round(filteredApp.p95, 2),
  csv_10k_ms: round(csvApp.p50, 0),
  csv_peak_rss_mb: round(csvPeakRss / 1e6, 1),
  baseline_confirm_p95_ms: round(confirmBase.p95, 2),
  baseline_list_p95_ms: round(listBase.p95, 2),
  baseline_list_filtered_p95_ms: round(filteredBase.p95, 2),
  baseline_csv_10k_ms: round(csvBase.p50, 0),
  confirm_p50_ms: round(confirmApp.p50, 2),
  list_p50_ms: round(listApp.p50, 2),
  list_filtered_p50_ms: round(filteredApp.p50, 2),
  csv_10k_max_ms: round(csvApp.max, 0),
  csv_rss_before_mb: round(rssBeforeCsv / 1e6, 1),
  csv_all_orders_peak_rss_mb: round(allPeakRss / 1e6, 1),
  csv_10k_peak_heap_mb: round(csvPeakHeap / 1e6, 1),
  csv_all_orders_peak_heap_mb: round(allPeakHeap / 1e6, 1),
  csv_all_orders_ms: round(allMs, 0),
  baseline_confirm_p50_ms: round(confirmBase.p50, 2),
  baseline_list_p50_ms: round(listBase.p50, 2),
  baseline_list_filtered_p50_ms: round(filteredBase.p50, 2),
  orders: ORDER_COUNT,
  order_lines: seeded.lineCount,
  runs: RUNS,
  csv_runs: CSV_RUNS,
  list_filter: filters,
  node: process.version,
  cpus: os.cpus().length,
  measured_at: new Date().toISOString(),
};
const resultsDir = path.join(repoRoot, "tests", "bench", "results");
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "orders.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, "orders.json"))}`);

baseline.close();
await closeDb();
if (!process.env.BENCH_KEEP_DB) removeDb();
if (failures.length) {
  console.error(`\nBroken:\n${[...new Set(failures)].map((f) => `  - ${f}`).join("\n")}`);
  process.exitCode = 1;
}
