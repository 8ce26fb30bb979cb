// `npm test`: every layer in one command, stopping at the first failing layer.
//   1. typecheck and lint
//   2. unit tests (next to the code)
//   3. integration tests on SQLite, then on PostgreSQL when TEST_POSTGRES_URL is set
//   4. production build, then end-to-end tests in Chromium at 390x844
// Prints a summary with the test counts of each layer.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

interface Layer {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Where the layer writes its JSON report, to count tests. */
  report?: { file: string; kind: "vitest" | "playwright" };
}

const reports = path.resolve("test-results");
mkdirSync(reports, { recursive: true });

const vitest = (project: string, file: string): string[] => ["npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`];

const layers: Layer[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "unit", command: vitest("unit", `${reports}/unit.json`), report: { file: `${reports}/unit.json`, kind: "vitest" } },
  {
    name: "integration (sqlite)",
    command: vitest("integration", `${reports}/integration-sqlite.json`),
    env: { TEST_DB_PROVIDER: "sqlite" },
    report: { file: `${reports}/integration-sqlite.json`, kind: "vitest" },
  },
];
if (process.env.TEST_POSTGRES_URL) {
  layers.push({
    name: "integration (postgres)",
    command: vitest("integration", `${reports}/integration-postgres.json`),
    env: { TEST_DB_PROVIDER: "postgres" },
    report: { file: `${reports}/integration-postgres.json`, kind: "vitest" },
  });
}
layers.push(
  { name: "build", command: ["npx", "next", "build"] },
  { name: "e2e (chromium 390x844)", command: ["npx", "playwright", "test"], report: { file: `${reports}/e2e.json`, kind: "playwright" } },
);

function count(report: NonNullable<Layer["report"]>): string {
  try {
    const json = JSON.parse(readFileSync(report.file, "utf8"));
    if (report.kind === "vitest") return `${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests} skipped of ${json.numTotalTests}`;
    const stats = json.stats;
    return `${stats.expected} passed, ${stats.unexpected} failed, ${stats.flaky} flaky, ${stats.skipped} skipped`;
  } catch {
    return "no report";
  }
}

const summary: string[] = [];
let failed = false;
for (const layer of layers) {
  if (layer.report) rmSync(layer.report.file, { force: true });
  console.log(`\n=== ${layer.name} ===`);
  const started = Date.now();
  const [command, ...args] = layer.command;
  const result = spawnSync(command!, args, { stdio: "inherit", env: { ...process.env, ...layer.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  summary.push(`${ok ? "PASS" : "FAIL"}  ${layer.name.padEnd(24)} ${seconds.padStart(6)} s  ${layer.report ? count(layer.report) : ""}`);
  if (!ok) {
    failed = true;
    break;
  }
}
if (!process.env.TEST_POSTGRES_URL) summary.push("SKIP  integration (postgres)   set TEST_POSTGRES_URL to run it (.ci/run does)");

console.log(`\n=== summary ===\n${summary.join("\n")}`);
process.exit(failed ? 1 : 0);
