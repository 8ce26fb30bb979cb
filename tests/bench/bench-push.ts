// `npm run bench:push`: how long from a buyer's POST of a message until the push service holds the
// encrypted notification for each member's device (issue 12's target: within 2 s). A script, not a
// test: it fails only when something is broken (a post refused, a notification lost or doubled),
// never on timings.
//
// The production build (rebuilt first when stale) runs on a fresh SQLite database with one
// business: an owner, staff and buyers (tests/bench/setup-bench-data.ts). Every member turns
// notifications on for one device whose endpoint is on the push service of the tests
// (tests/support/push-service.ts, in this process: one clock for both ends), which decrypts each
// payload. Two phases:
// - quiet: one message at a time (the next once the last one's notifications have all arrived);
// - load: the buyers post together at --rate messages/s for --seconds.
// Figures go to tests/bench/results/push.json.
//
// Flags: --members (5) --buyers (10) --quiet (50 messages) --rate (20 /s) --seconds (10)
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startPushService, type PushService } from "../support/push-service";
import { round, summarize } from "./percentiles";
import { createBenchPopulation, type BenchBuyer } from "./setup-bench-data";
import { benchTempDir, ensureBuild, prepareAppData, startApp } from "./servers";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({
  options: { members: { type: "string" }, buyers: { type: "string" }, quiet: { type: "string" }, rate: { type: "string" }, seconds: { type: "string" } },
});
const positive = (raw: string | undefined, fallback: number) => {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`expected a positive number, got ${raw}`);
  return value;
};
const memberCount = positive(flags.members, 5);
const buyerCount = positive(flags.buyers, 10);
const quietMessages = positive(flags.quiet, 50);
const rate = positive(flags.rate, 20);
const seconds = positive(flags.seconds, 10);

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(url: string, cookie: string, method: string, body: unknown): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { Cookie: cookie, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(payload);
  });
}

ensureBuild(repoRoot);
const tempDir = benchTempDir("chatalog-bench-push-");
const service: PushService = await startPushService();
process.env.PUSH_EXTRA_ORIGINS = service.origin; // the app's environment is this process's (servers.ts)
prepareAppData(repoRoot, tempDir);
const authSecret = readFileSync(path.join(tempDir, "auth-secret"), "utf8").trim();
const population = await createBenchPopulation(`file:${path.join(tempDir, "chatalog.db")}`, authSecret, memberCount + buyerCount, memberCount);
const app = await startApp(repoRoot, tempDir);
console.log(`app on ${app.url}; push service on ${service.origin}; ${memberCount} member devices, ${buyerCount} buyers`);

try {
  for (const member of population.members) {
    const status = await request(`${app.url}/api/push/subscriptions`, member.cookie, "POST", service.subscribe());
    if (status !== 201) throw new Error(`subscribing a member's device answered ${status}`);
  }

  /** When each message was posted, by its text (the notification's body). */
  const postedAt = new Map<string, number>();
  async function post(buyer: BenchBuyer, text: string): Promise<void> {
    postedAt.set(text, now());
    const status = await request(`${app.url}/api/conversations/${buyer.conversationId}/messages`, buyer.cookie, "POST", { clientId: randomBytes(8).toString("hex"), body: text });
    if (status !== 201 && status !== 200) throw new Error(`posting a message answered ${status}`);
  }
  function latenciesFrom(startIndex: number): number[] {
    return service.received.slice(startIndex).map((push) => {
      const sent = postedAt.get(String(push.payload.body));
      if (sent === undefined) throw new Error(`a notification for a message nobody posted: ${String(push.payload.body)}`);
      return push.at - sent;
    });
  }

  // Warm-up: the first post compiles routes and opens connections.
  await post(population.buyers[0]!, "warm-up");
  await service.waitForCount(memberCount);
  const quietStart = service.received.length;
  for (let index = 0; index < quietMessages; index++) {
    await post(population.buyers[index % buyerCount]!, `quiet ${index}`);
    await service.waitForCount(quietStart + (index + 1) * memberCount);
  }
  const quiet = summarize(latenciesFrom(quietStart));

  const loadStart = service.received.length;
  const total = Math.round(rate * seconds);
  const posts: Promise<void>[] = [];
  const started = now();
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / rate;
    if (due > now()) await sleep(due - now());
    posts.push(post(population.buyers[index % buyerCount]!, `load ${index}`));
  }
  await Promise.all(posts);
  await service.waitForCount(loadStart + total * memberCount);
  const load = summarize(latenciesFrom(loadStart));
  await sleep(500);
  const expected = loadStart + total * memberCount;
  if (service.received.length !== expected) throw new Error(`expected ${expected} notifications, got ${service.received.length} (doubled?)`);

  const bytes = service.received.map((push) => push.bytes).sort((a, b) => a - b);
  const result = {
    measured_at: new Date().toISOString(),
    member_devices: memberCount,
    buyers: buyerCount,
    quiet_messages: quietMessages,
    quiet_push_p50_ms: round(quiet.p50, 1),
    quiet_push_p95_ms: round(quiet.p95, 1),
    quiet_push_p99_ms: round(quiet.p99, 1),
    load_rate_per_s: rate,
    load_seconds: seconds,
    load_pushes: load.count,
    load_push_p50_ms: round(load.p50, 1),
    load_push_p95_ms: round(load.p95, 1),
    load_push_p99_ms: round(load.p99, 1),
    load_push_max_ms: round(load.max, 1),
    encrypted_payload_bytes_max: bytes.at(-1) ?? null,
    target_ms: 2000,
  };
  console.log(`post to push received, quiet (${quiet.count} pushes): p50 ${result.quiet_push_p50_ms} ms, p95 ${result.quiet_push_p95_ms} ms, p99 ${result.quiet_push_p99_ms} ms`);
  console.log(`post to push received, ${rate} messages/s x ${memberCount} devices (${load.count} pushes): p50 ${result.load_push_p50_ms} ms, p95 ${result.load_push_p95_ms} ms, p99 ${result.load_push_p99_ms} ms, max ${result.load_push_max_ms} ms`);
  console.log(`largest encrypted payload: ${result.encrypted_payload_bytes_max} bytes (push services take 4096)`);
  const errors = app.stderr().trim();
  if (errors) console.log(`server stderr:\n${errors}`);
  mkdirSync(path.join(repoRoot, "tests", "bench", "results"), { recursive: true });
  writeFileSync(path.join(repoRoot, "tests", "bench", "results", "push.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log("wrote tests/bench/results/push.json");
} finally {
  await app.stop();
  await service.close();
  agent.destroy();
}
