// `npm start` as a supervisor sees it: npm and ONE server process, which prints the demo logins
// once it answers, and stops with everything under npm when npm alone gets SIGTERM or SIGINT, or
// when a terminal's Ctrl-C reaches the whole group. No browser: this spec runs here because the
// e2e layer runs after `next build`, so `npm start` finds a fresh build and only prepares the data.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findListeningPid, freePort, processTree } from "../bench/proc";

test.describe.configure({ mode: "serial", timeout: 240_000 });

// One data folder for the three starts: the first seeds the demo business, the others reuse it.
const dataDir = mkdtempSync(path.join(tmpdir(), "chatalog-start-"));
let running: ChildProcess | undefined;

test.afterEach(() => {
  // A failed test must not leave a server behind: npm runs in a process group of its own.
  if (running?.pid && running.exitCode === null && running.signalCode === null) process.kill(-running.pid, "SIGKILL");
  running = undefined;
});
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

/** A request caught in flight: its headers are sent but for the blank line that ends them, so the
 * server holds it until `finish` sends that line; resolves with the raw response. */
async function requestInFlight(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  socket.write("GET /login HTTP/1.1\r\nHost: localhost\r\n");
  let response = "";
  socket.on("data", (chunk: Buffer) => (response += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return {
    finish: async () => {
      socket.write("\r\n");
      await closed;
      return response;
    },
  };
}

/** Whether a process still runs (a zombie holds neither memory nor ports: it counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "(gone)";
  }
}

async function npmStart() {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "x.db")}` };
  delete env.NEXTAUTH_URL;
  const npm = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running = npm;
  let output = "";
  npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect
    .poll(() => output.includes(`Chatalog is running at http://localhost:${port}`) || npm.exitCode !== null, { timeout: 200_000, message: "npm start comes up" })
    .toBe(true);
  expect(npm.exitCode, output).toBeNull();
  const pid = npm.pid!;
  return { npm, pid, port, output: () => output };
}

/** Sends the signal, checks that the request in flight still gets its page, and that everything stops. */
async function stopAndCheck(started: Awaited<ReturnType<typeof npmStart>>, signal: NodeJS.Signals, to: "npm" | "group") {
  const tree = expectOneServer(started);
  const inFlight = await requestInFlight(started.port);
  process.kill(to === "npm" ? started.pid : -started.pid, signal);
  await expect.poll(() => started.output().includes(`${signal}: stopping`), { timeout: 30_000 }).toBe(true);
  expect(await inFlight.finish()).toMatch(/^HTTP\/1\.1 200 /);
  await expectAllStopped(started, tree, signal);
}

async function expectAllStopped(started: Awaited<ReturnType<typeof npmStart>>, tree: number[], signal: string) {
  await expect.poll(() => started.npm.exitCode !== null || started.npm.signalCode !== null, { timeout: 30_000, message: "npm exits" }).toBe(true);
  await expect.poll(() => tree.filter(alive).map(commandLine), { timeout: 30_000, message: "no process of the start is left" }).toEqual([]);
  expect(await refusesConnections(started.port)).toBe(true);
  expect(started.output()).toContain(`${signal}: stopping`);
  // Stopped gracefully, not by a second signal.
  expect(started.output()).not.toContain("exiting now");
}

/** npm and one server process under it, which owns the port. */
function expectOneServer(started: Awaited<ReturnType<typeof npmStart>>): number[] {
  const tree = processTree(started.pid);
  expect(tree.map(commandLine)).toHaveLength(2);
  expect(findListeningPid(started.pid, started.port)).toBe(tree[1]);
  expect(commandLine(tree[1]!)).toContain("node .next/chatalog-server/serve.mjs");
  return tree;
}

test("npm start leaves one server process, prints the demo logins, and stops on SIGTERM to npm", async () => {
  const started = await npmStart();
  expect(started.output()).toContain("Demo logins");
  expect(started.output()).toContain("+91 98000 00001");
  await stopAndCheck(started, "SIGTERM", "npm");
});

test("stops on SIGINT to npm", async () => {
  await stopAndCheck(await npmStart(), "SIGINT", "npm");
});

test("stops gracefully on Ctrl-C, which reaches npm and the server together", async () => {
  // The server gets SIGINT twice (from the terminal, then forwarded by npm): still one graceful stop.
  await stopAndCheck(await npmStart(), "SIGINT", "group");
});
