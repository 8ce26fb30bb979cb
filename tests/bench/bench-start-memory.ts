// `npm run bench:start-memory`: what `npm start` keeps in memory once it is up and idle (issue #10:
// "idle RSS of everything npm start leaves running at most 1.3x the server process alone"). A
// script, not a test: it fails only when something is broken (the app does not come up, or a
// process is left on the port after SIGTERM to npm), never on the figures.
//
// It runs `npm start` exactly as the README says, on a fresh data directory with the demo data and
// a free port, waits until the app answers and then --idle-seconds (20) more, and reads each
// process of the tree from /proc/<pid>/smaps_rollup:
//   - RSS, the figure `ps` and `top` show. It counts every page the process maps, so the pages of
//     the node binary and its libraries, which npm's node and the server's node share, are counted
//     once per process: the sum of RSS counts them twice.
//   - PSS (proportional set size): each shared page split between the processes that map it. The
//     sum of PSS is what the tree costs the machine.
//   - private memory (clean + dirty): what goes away with the process.
// Ratios compare like with like: the tree's RSS with the server's RSS, its PSS with the server's
// PSS, its private memory with the server's. Then SIGTERM
// goes to npm (as a supervisor sends it) and the bench checks that nothing is left on the port.
// Figures go to tests/bench/results/start-memory.json.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { round } from "./percentiles";
import { findListeningPid, freePort, processTree } from "./proc";
import { benchTempDir, ensureBuild } from "./servers";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { "idle-seconds": { type: "string" } } });
const IDLE_SECONDS = Number(flags["idle-seconds"] ?? 20);

interface Memory {
  rssMb: number;
  pssMb: number;
  privateMb: number;
}

function memoryOf(pid: number): Memory {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? Number.NaN);
  return { rssMb: kb("Rss") / 1024, pssMb: kb("Pss") / 1024, privateMb: (kb("Private_Clean") + kb("Private_Dirty")) / 1024 };
}

function commandOf(pid: number): string {
  return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

ensureBuild(repoRoot);
const dataDir = benchTempDir("chatalog-bench-start-memory-");
const port = await freePort();
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` };
for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NODE_OPTIONS", "NODE_ENV"]) delete env[name];

console.log(`npm start on port ${port} (data in ${dataDir})...`);
const npm = spawn("npm", ["start"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
const npmPid = npm.pid!;

let serverPid: number | undefined;
for (let waited = 0; waited < 180_000 && !serverPid; waited += 250) {
  await sleep(250);
  if (npm.exitCode !== null) throw new Error(`npm start exited with ${npm.exitCode}:\n${output}`);
  serverPid = findListeningPid(npmPid, port);
}
if (!serverPid) throw new Error(`npm start did not listen on ${port} within 180 s:\n${output}`);
// Up: the first request renders a page (as a person's first visit would).
const first = await fetch(`http://localhost:${port}/login`);
if (first.status !== 200) throw new Error(`GET /login answered ${first.status}`);
console.log(`Up (server pid ${serverPid}); idle for ${IDLE_SECONDS} s...`);
await sleep(IDLE_SECONDS * 1000);

const tree = processTree(npmPid).map((pid) => ({ pid, command: commandOf(pid), ...memoryOf(pid) }));
const server = tree.find((entry) => entry.pid === serverPid)!;
const sum = (key: keyof Memory) => tree.reduce((total, entry) => total + entry[key], 0);
for (const entry of tree) {
  console.log(`  ${String(entry.pid).padStart(7)}  RSS ${entry.rssMb.toFixed(1).padStart(6)} MB  PSS ${entry.pssMb.toFixed(1).padStart(6)} MB  private ${entry.privateMb.toFixed(1).padStart(6)} MB  ${entry.command.slice(0, 70)}`);
}
const treeRss = sum("rssMb");
const treePss = sum("pssMb");
console.log(`\n${tree.length} processes. Sum of RSS ${treeRss.toFixed(1)} MB = ${(treeRss / server.rssMb).toFixed(2)}x the server's RSS alone (${server.rssMb.toFixed(1)} MB);`);
console.log(`sum of PSS (shared pages split between the processes that map them) ${treePss.toFixed(1)} MB = ${(treePss / server.pssMb).toFixed(2)}x the server's PSS (${server.pssMb.toFixed(1)} MB);`);
console.log(`private memory ${sum("privateMb").toFixed(1)} MB = ${(sum("privateMb") / server.privateMb).toFixed(2)}x the server's (${server.privateMb.toFixed(1)} MB). Target (issue #10): at most 1.3x.`);

// SIGTERM to npm, as a supervisor sends it: the server must stop and free the port.
npm.kill("SIGTERM");
let stopped = false;
for (let waited = 0; waited < 15_000 && !stopped; waited += 100) {
  await sleep(100);
  stopped = findListeningPid(npmPid, port) === undefined && tree.every((entry) => !alive(entry.pid));
}
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
console.log(stopped ? "SIGTERM to npm: every process of the tree has exited." : "SIGTERM to npm: something is still running.");

const json = {
  processes: tree.length,
  server_rss_mb: round(server.rssMb, 1),
  server_pss_mb: round(server.pssMb, 1),
  server_private_mb: round(server.privateMb, 1),
  npm_rss_mb: round(tree.find((entry) => entry.pid === npmPid)?.rssMb ?? Number.NaN, 1),
  npm_private_mb: round(tree.find((entry) => entry.pid === npmPid)?.privateMb ?? Number.NaN, 1),
  tree_rss_mb: round(treeRss, 1),
  tree_pss_mb: round(treePss, 1),
  tree_private_mb: round(sum("privateMb"), 1),
  tree_rss_vs_server: round(treeRss / server.rssMb, 2),
  tree_pss_vs_server: round(treePss / server.pssMb, 2),
  tree_private_vs_server: round(sum("privateMb") / server.privateMb, 2),
  /** Met when the tree's memory, each page counted once, is at most 1.3x the server's. */
  target_met: treePss / server.pssMb <= 1.3,
  /** Summing RSS counts the node binary's pages, shared by npm's node and the server's, twice. */
  target_met_summing_rss: treeRss / server.rssMb <= 1.3,
  stopped_on_sigterm_to_npm: stopped,
  idle_seconds: IDLE_SECONDS,
  node: process.version,
  cpus: os.cpus().length,
  measured_at: new Date().toISOString(),
};
writeFileSync(path.join(repoRoot, "tests", "bench", "results", "start-memory.json"), `${JSON.stringify(json, null, 2)}\n`);
console.log("Wrote tests/bench/results/start-memory.json");
if (!stopped) {
  for (const entry of tree) if (alive(entry.pid)) process.kill(entry.pid, "SIGKILL");
  process.exitCode = 1;
}
