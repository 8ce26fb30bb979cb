// Starts and stops the two servers the bench compares. Each runs in its own process group so
// stopping it also stops any child it spawned (`next start` may run the server in a child).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { buildIsFresh } from "@/lib/cli/build-freshness";
import { bundleServerIfStale, SERVER_BUNDLE } from "@/lib/cli/bundle-server";
import { precompressBuildFiles } from "@/lib/server/precompressed-static";
import { findListeningPid, freePort } from "./proc";

export interface RunningServer {
  name: string;
  url: string;
  /** The process that owns the listening socket: the one whose memory the bench reads. */
  pid: number;
  /** What the server wrote to stderr so far (errors it logged). */
  stderr(): string;
  stop(): Promise<void>;
}

/** Every process group the bench started, so an exit on any path can still stop them. */
const groups = new Set<number>();

/** A temp folder for one bench run. Whatever ends the run (its end, an error, Ctrl-C), no server
 * outlives it and the folder goes. */
export function benchTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const cleanUp = () => {
    killAllSync();
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  return dir;
}

export function killAllSync(): void {
  for (const group of groups) {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // already gone
    }
  }
  groups.clear();
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Any HTTP answer counts as up (an unauthenticated GET /api/events is a quick 401). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(new URL("/api/events", url), { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(true);
      request.destroy();
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(false));
  });
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

async function launch(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string; port: number }): Promise<RunningServer> {
  const outFile = path.join(options.logDir, `${name}.out.log`);
  const errFile = path.join(options.logDir, `${name}.err.log`);
  const out = openSync(outFile, "w");
  const err = openSync(errFile, "w");
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", out, err], detached: true });
  closeSync(out);
  closeSync(err);
  const group = child.pid;
  if (group === undefined) throw new Error(`could not start the ${name} server`);
  groups.add(group);
  let exited = false;
  child.on("exit", () => (exited = true));

  const url = `http://localhost:${options.port}`;
  const stop = async () => {
    if (!groups.delete(group)) return;
    try {
      // SIGTERM first, so a server run with --cpu-prof can write its profile.
      process.kill(-group, "SIGTERM");
    } catch {
      return;
    }
    for (let waited = 0; waited < 5_000 && !exited; waited += 100) await sleep(100);
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // the whole group is gone
    }
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the ${name} server exited while starting:\n${tail(outFile)}\n${tail(errFile)}`);
    }
    if (await answers(url)) {
      const pid = findListeningPid(group, options.port);
      if (pid !== undefined) return { name, url, pid, stderr: () => tail(errFile, 200), stop };
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the ${name} server did not answer on ${url} within 90 s:\n${tail(outFile)}\n${tail(errFile)}`);
    }
    await sleep(250);
  }
}

/** The environment of the app's processes: everything from DATA_DIR, nothing from the caller's .env choices. */
function appEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}`, NODE_ENV: "production", SEED_DEMO_DATA: "false" };
  // The flat-out phase posts far faster than any person; the posting limit (lib/limits.ts) is not what it measures.
  env.POSTS_PER_CONVERSATION_PER_MINUTE = "1000000";
  // These would point the server at another database or secret than the ones the bench prepared.
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.NODE_OPTIONS;
  return env;
}

/** Migrates a fresh database in `dataDir` and creates its auth secret (lib/cli/prepare.ts);
 * with `demoData`, adds the demo business as `npm start` does. */
export function prepareAppData(repoRoot: string, dataDir: string, options: { demoData?: boolean } = {}): void {
  const env = { ...appEnv(dataDir, 3000), SEED_DEMO_DATA: options.demoData ? "true" : "false" };
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["lib/cli/prepare.ts"], { cwd: repoRoot, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`lib/cli/prepare.ts failed:\n${result.stdout}\n${result.stderr}`);
}

/** Builds the app when the build is missing or older than the sources. */
export function ensureBuild(repoRoot: string): void {
  if (buildIsFresh(repoRoot)) return;
  console.log("The production build is missing or older than the sources: running next build first...");
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error("next build failed");
}

/** The production server as `npm start` runs it (lib/server/serve.ts: Next behind the chat gateway,
 * compiled to plain JavaScript by lib/cli/bundle-server.ts).
 * `nodeFlags` go on node's own command line (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
export async function startApp(repoRoot: string, dataDir: string, options: { nodeFlags?: string[]; env?: Record<string, string>; name?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  await bundleServerIfStale(repoRoot);
  precompressBuildFiles(path.join(repoRoot, ".next", "static"));
  // `env` goes over the bench's defaults: cluster mode's database, bucket and shared secrets.
  return launch(options.name ?? "app", process.execPath, [...(options.nodeFlags ?? []), path.join(repoRoot, SERVER_BUNDLE)], { cwd: repoRoot, env: { ...appEnv(dataDir, port), ...options.env }, logDir: dataDir, port });
}

/** Runs lib/cli/prepare.ts with `env` over the bench's defaults (cluster mode: migrates PostgreSQL). */
export function prepareWithEnv(repoRoot: string, dataDir: string, env: Record<string, string>): void {
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["lib/cli/prepare.ts"], { cwd: repoRoot, env: { ...appEnv(dataDir, 3000), ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`lib/cli/prepare.ts failed:\n${result.stdout}\n${result.stderr}`);
}

/** Any process the bench starts in its own group (nginx), stopped with the rest. */
export async function launchProcess(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string; port: number }): Promise<RunningServer> {
  return launch(name, command, args, options);
}

export async function startBaseline(repoRoot: string, dataDir: string, setupFile: string, authSecret: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    BASELINE_PORT: String(port),
    BASELINE_DB: path.join(dataDir, "baseline.db"),
    BASELINE_SETUP: setupFile,
    BENCH_AUTH_SECRET: authSecret,
  };
  delete env.NODE_OPTIONS;
  // node --import tsx runs the TypeScript in this one process (the tsx CLI would add a parent process).
  return launch("baseline", process.execPath, ["--import", "tsx", path.join("tests", "bench", "baseline-server.ts")], { cwd: repoRoot, env, logDir: dataDir, port });
}

/** The read bench's API baseline (read-baseline-server.ts) on the app's seeded database file. */
export async function startReadBaseline(repoRoot: string, dataDir: string, databaseFile: string, authSecret: string): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", BASELINE_PORT: String(port), BASELINE_DB: databaseFile, BENCH_AUTH_SECRET: authSecret };
  delete env.NODE_OPTIONS;
  return launch("read-baseline", process.execPath, ["--import", "tsx", path.join("tests", "bench", "read-baseline-server.ts")], { cwd: repoRoot, env, logDir: dataDir, port });
}
