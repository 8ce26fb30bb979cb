// `npm run bench:cluster`: Chatalog as several machines would run it (issue 14). Two production
// instances in cluster mode on one PostgreSQL database (a throwaway one, made and dropped here),
// photos in an S3 bucket (s3rver, started here), behind nginx on loopback when nginx is installed
// (tests/bench/cluster/nginx.conf, the README's recipe, with its ports filled in), else straight on
// their two ports, saying so. A script, not a test: it fails only when something is broken.
//
// What a person sees, measured:
//   - post-to-visible across instances: every member's and buyer's event stream on instance B,
//     messages posted through A at a steady rate; the figure is when the event that carries the
//     message (what the tab draws) reaches each recipient. In the same run, the same on one
//     instance (streams and posts on A): `cross_visible_p95_ms` against `single_visible_p95_ms`;
//   - messages/s with two instances and with one (a closed loop of posts, spread or not);
//   - `photos_served_by_other_instance`: photos uploaded through A that B serves;
//   - the kill: streams spread over both instances, posts through the survivor, instance B gets
//     SIGKILL mid-run; its clients reconnect (through nginx: to A) with Last-Event-ID. Counted:
//     messages each recipient never got (`lost`), got twice (`doubled`), and the seconds until
//     every client was live again (`recovery_s`).
// What "lost" counts is what a tab would never show: an event that carries the message counts
// (replays after a reconnect come from the event log and carry it too); one without it (from an
// older server) makes the bench fetch the messages after the one before, as the tab does.
// "doubled": a message whose event came twice.
// Flags (or env): --clients (BENCH_CLIENTS, 60), --rate (BENCH_RATE, 10 messages/s), --seconds
// (BENCH_SECONDS, 10). PostgreSQL: TEST_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/postgres.
// BENCH_CLUSTER_ONLY=kill runs the kill alone and prints it (no JSON). BENCH_EVENT_NEWS=redis runs
// the instances with EVENT_NEWS=redis (REDIS_URL, else redis://127.0.0.1:6379) and writes
// tests/bench/results/cluster-redis.json instead.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import S3rver from "s3rver";
import sharp from "sharp";
import webPush from "web-push";
import { summarize } from "./percentiles";
import { freePort } from "./proc";
import { benchTempDir, ensureBuild, launchProcess, prepareWithEnv, startApp, type RunningServer } from "./servers";
import { createBenchPopulation, type BenchPopulation, type BenchUser } from "./setup-bench-data";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { clients: { type: "string" }, rate: { type: "string" }, seconds: { type: "string" } } });
const numberOf = (flag: string | undefined, env: string, fallback: number) => Number(flag ?? process.env[env] ?? fallback);
const CLIENTS = numberOf(flags.clients, "BENCH_CLIENTS", 60);
const RATE = numberOf(flags.rate, "BENCH_RATE", 10);
const SECONDS = numberOf(flags.seconds, "BENCH_SECONDS", 10);
const MEMBERS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- the machines ----
const tempDir = benchTempDir("chatalog-bench-cluster-");
ensureBuild(repoRoot);
const adminUrl = new URL(process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const databaseName = `chatalog_bench_cluster_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
const databaseUrl = Object.assign(new URL(adminUrl.toString()), { pathname: `/${databaseName}` }).toString();
const dropDatabase = async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
  await admin.end().catch(() => undefined);
};

const bucketDir = path.join(tempDir, "bucket");
const s3 = new S3rver({ port: await freePort(), address: "127.0.0.1", silent: true, directory: bucketDir, configureBuckets: [{ name: "chatalog-bench", configs: [] }] });
const { port: s3Port } = await s3.run();
const secret = randomBytes(32).toString("hex");
const vapid = webPush.generateVAPIDKeys();
const clusterEnv: Record<string, string> = {
  CHATALOG_MODE: "cluster",
  DATABASE_URL: databaseUrl,
  PHOTO_STORAGE: "s3",
  S3_BUCKET: "chatalog-bench",
  S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  S3_FORCE_PATH_STYLE: "true",
  NEXTAUTH_SECRET: secret,
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  TRUSTED_PROXY_HOPS: "1",
};
const eventNews = process.env.BENCH_EVENT_NEWS === "redis" ? "redis" : "postgres";
if (eventNews === "redis") Object.assign(clusterEnv, { EVENT_NEWS: "redis", REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" });

const servers: RunningServer[] = [];
try {
  prepareWithEnv(repoRoot, path.join(tempDir, "prepare"), clusterEnv);
  const population = await createBenchPopulation(databaseUrl, secret, CLIENTS, MEMBERS);
  const start = (name: string) => startApp(repoRoot, (mkdirSync(path.join(tempDir, name), { recursive: true }), path.join(tempDir, name)), { env: clusterEnv, name });
  const [a, b] = [await start("instance-a"), await start("instance-b")];
  servers.push(a, b);
  const proxy = await startNginx(a, b);
  if (proxy) servers.push(proxy);
  console.log(`Two instances in cluster mode (news of events by ${eventNews}) at ${a.url} and ${b.url}; ${proxy ? `nginx at ${proxy.url}` : "nginx is not installed: clients reconnect to the surviving instance directly"}; ${CLIENTS} people (${MEMBERS} members).`);

  if (process.env.BENCH_CLUSTER_ONLY === "kill") {
    // Only the kill, to look at it: its figures and nginx's last words, and no JSON.
    console.log(await killRun(population, a, b, proxy), proxy?.stderr().split("\n").slice(-8).join("\n") ?? "");
  } else {
    await measureAll(population, a, b, proxy);
  }
} finally {
  for (const server of servers.reverse()) await server.stop();
  await s3.close().catch(() => undefined);
  await dropDatabase();
}

async function measureAll(population: BenchPopulation, a: RunningServer, b: RunningServer, proxy: RunningServer | null) {
  const results: Record<string, unknown> = {};
  results.photos_served_by_other_instance = await photosServedByOther(population, a, b);
  console.log(`Photos uploaded through A and served by B: ${(results.photos_served_by_other_instance as number) * 100}%`);

  const cross = await deliveryRun(population, { streamsOn: [b], postsTo: [a] });
  const single = await deliveryRun(population, { streamsOn: [a], postsTo: [a] });
  Object.assign(results, { cross_visible_p50_ms: cross.p50, cross_visible_p95_ms: cross.p95, single_visible_p50_ms: single.p50, single_visible_p95_ms: single.p95, cross_not_visible: cross.withoutView, cross_missing: cross.missing, single_missing: single.missing });
  console.log(`Post-to-visible, streams on B, posts through A: p50 ${cross.p50} ms, p95 ${cross.p95} ms (${cross.withoutView} events without the message, ${cross.missing} missing)`);
  console.log(`Post-to-visible on one instance: p50 ${single.p50} ms, p95 ${single.p95} ms; cross is ${(cross.p95 / single.p95).toFixed(2)}x (target <= 1.5x)`);

  results.msgs_per_s_two = await throughput(population, [a, b]);
  results.msgs_per_s_one = await throughput(population, [a]);
  console.log(`Messages/s, closed loop of 16: two instances ${results.msgs_per_s_two}, one ${results.msgs_per_s_one} (${((results.msgs_per_s_two as number) / (results.msgs_per_s_one as number)).toFixed(2)}x; target >= 1.6x where the database is not the limit)`);

  const kill = await killRun(population, a, b, proxy);
  Object.assign(results, kill);
  console.log(`Kill B mid-run: lost ${kill.lost}, doubled ${kill.doubled}, every client live again after ${kill.recovery_s} s (targets 0, 0, < 5 s)`);

  Object.assign(results, { event_news: eventNews, clients: CLIENTS, rate_per_s: RATE, seconds: SECONDS, behind_nginx: Boolean(proxy), node: process.version, cpus: os.cpus().length, load_average: os.loadavg().map((n) => Math.round(n * 100) / 100), measured_at: new Date().toISOString() });
  const file = path.join(repoRoot, `tests/bench/results/${eventNews === "redis" ? "cluster-redis" : "cluster"}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${path.relative(repoRoot, file)}`);
}

// ---- nginx ----
async function startNginx(a: RunningServer, b: RunningServer): Promise<RunningServer | null> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
  if (!nginx) return null;
  const port = await freePort();
  const portOf = (server: RunningServer) => new URL(server.url).port;
  const config = readFileSync(path.join(repoRoot, "tests/bench/cluster/nginx.conf"), "utf8")
    .replace("server 127.0.0.1:3001 ", `server 127.0.0.1:${portOf(a)} `)
    .replace("server 127.0.0.1:3002 ", `server 127.0.0.1:${portOf(b)} `)
    .replace("listen 127.0.0.1:8080;", `listen 127.0.0.1:${port};`)
    .replaceAll("/tmp/chatalog-nginx", path.join(tempDir, "nginx"));
  const file = path.join(tempDir, "nginx.conf");
  writeFileSync(file, config);
  return launchProcess("nginx", nginx, ["-c", file, "-g", "daemon off;"], { cwd: tempDir, env: process.env, logDir: tempDir, port });
}

// ---- requests ----
function request(url: string, options: { method?: string; cookie: string; body?: Buffer | string; type?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.request(url, { method: options.method ?? "GET", agent: false, headers: { Cookie: options.cookie, ...(options.body ? { "Content-Type": options.type ?? "application/json", "Content-Length": Buffer.byteLength(options.body) } : {}) } }, (res) => {
      let body = "";
      res.setEncoding("latin1");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      res.on("error", () => resolve({ status: 0, body: "" }));
    });
    req.on("error", (error) => resolve({ status: 0, body: error.message }));
    req.end(options.body);
  });
}

async function photosServedByOther(population: BenchPopulation, a: RunningServer, b: RunningServer): Promise<number> {
  const keys: string[] = [];
  for (let i = 0; i < 5; i++) {
    const jpeg = await sharp({ create: { width: 900, height: 1200, channels: 3, background: { r: 40 * i, g: 90, b: 160 } } }).jpeg().toBuffer();
    const answer = await request(`${a.url}/api/photos?businessId=${population.businessId}&clientId=benchphoto${i}${process.pid}`, { method: "POST", cookie: population.owner.cookie, body: jpeg, type: "image/jpeg" });
    if (answer.status !== 201) throw new Error(`upload through A answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    keys.push((JSON.parse(answer.body) as { thumbWebp: string }).thumbWebp);
  }
  let served = 0;
  for (const key of keys) if ((await request(`${b.url}/photos/${key}`, { cookie: population.owner.cookie })).status === 200) served++;
  return served / keys.length;
}

// ---- event streams ----
interface Stream {
  person: BenchUser;
  /** The id of the last event read: sent as Last-Event-ID when the stream reconnects. */
  lastId: string | null;
  close(): void;
}

/** An event stream reading `message.posted` events and their ids. `onEnd` once when the server (or
 * its death) ends it. Given `resume`, it is that stream again: same object, from its last id. */
type OnMessage = (token: string, hasView: boolean, at: number, event: { conversationId: string; seq: number }) => void;

function openStream(baseUrl: string, person: BenchUser, onMessage: OnMessage, onEnd: () => void, resume?: Stream): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const stream: Stream = resume ?? { person, lastId: null, close: () => undefined };
    let buffer = "";
    let opened = false;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      if (opened) onEnd();
    };
    const req = http.get(`${baseUrl}/api/events`, { agent: false, headers: { Cookie: person.cookie, Accept: "text/event-stream", ...(stream.lastId ? { "Last-Event-ID": stream.lastId } : {}) } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`stream answered ${res.statusCode}`));
      }
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        const at = performance.now();
        if (!opened) {
          opened = true;
          stream.close = () => ((ended = true), req.destroy());
          resolve(stream);
        }
        buffer += chunk;
        for (let cut = buffer.indexOf("\n\n"); cut !== -1; cut = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const id = /^id: (.+)$/m.exec(block)?.[1];
          if (id) stream.lastId = id;
          if (!/^event: message\.posted$/m.test(block)) continue;
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}") as { conversationId: string; seq: number; message?: { body?: string } };
          const token = /#(\w+)$/.exec(data.message?.body ?? "")?.[1];
          onMessage(token ?? "", Boolean(data.message), at, data);
        }
      });
      res.on("end", end);
      res.on("error", end);
      res.on("close", end);
    });
    req.on("error", (error) => (opened ? end() : reject(error)));
  });
}

// ---- post-to-visible ----
async function deliveryRun(population: BenchPopulation, setup: { streamsOn: RunningServer[]; postsTo: RunningServer[] }) {
  const sentAt = new Map<string, number>();
  const expected = new Map<string, number>(); // token -> recipients
  const got = new Map<string, number>();
  const latencies: number[] = [];
  let withoutView = 0;
  const streams = await Promise.all(
    population.everyone.map((person, index) =>
      openStream(
        setup.streamsOn[index % setup.streamsOn.length]!.url,
        person,
        (token, hasView, at) => {
          const sent = sentAt.get(token);
          if (sent === undefined) return;
          got.set(token, (got.get(token) ?? 0) + 1);
          if (hasView) latencies.push(at - sent);
          else withoutView++;
        },
        () => undefined,
      ),
    ),
  );
  await sleep(500);
  const total = Math.round(RATE * SECONDS);
  const started = performance.now();
  const posts: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    await sleep(Math.max(0, due - performance.now()));
    const buyer = population.buyers[i % population.buyers.length]!;
    const token = `t${i}x${randomBytes(4).toString("hex")}`;
    sentAt.set(token, performance.now());
    expected.set(token, 1 + population.members.length);
    posts.push(request(`${setup.postsTo[i % setup.postsTo.length]!.url}/api/conversations/${buyer.conversationId}/messages`, { method: "POST", cookie: buyer.cookie, body: JSON.stringify({ clientId: `c${token}`, body: `bench message #${token}` }) }));
  }
  await Promise.all(posts);
  await sleep(2_000);
  for (const stream of streams) stream.close();
  const missing = [...expected].reduce((sum, [token, count]) => sum + Math.max(0, count - (got.get(token) ?? 0)), 0);
  const summary = summarize(latencies);
  return { p50: Math.round(summary.p50 * 10) / 10, p95: Math.round(summary.p95 * 10) / 10, withoutView, missing };
}

// ---- throughput ----
async function throughput(population: BenchPopulation, targets: RunningServer[]): Promise<number> {
  const deadline = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: 16 }, async (_, loop) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const buyer = population.buyers[(loop * 7 + i) % population.buyers.length]!;
        const token = `p${loop}x${i}x${randomBytes(3).toString("hex")}`;
        const answer = await request(`${targets[(loop + i) % targets.length]!.url}/api/conversations/${buyer.conversationId}/messages`, { method: "POST", cookie: buyer.cookie, body: JSON.stringify({ clientId: `c${token}`, body: `throughput #${token}` }) });
        if (answer.status === 201) done++;
      }
    }),
  );
  return Math.round(done / SECONDS);
}

// ---- the kill ----
async function killRun(population: BenchPopulation, a: RunningServer, b: RunningServer, proxy: RunningServer | null) {
  const received = new Map<string, Map<string, number>>(); // person -> token -> times
  const sent: string[] = [];
  const down = new Set<Stream>();
  let lastLiveAt = 0;
  let killedAt = 0;
  let reconnected = 0;
  const reconnect = async (stream: Stream) => {
    down.add(stream);
    for (let attempt = 0; ; attempt++) {
      await sleep(Math.min(1_000, 100 * 2 ** attempt)); // EventSource's retry, roughly
      try {
        await openStream(proxy?.url ?? a.url, stream.person, onMessageFor(stream.person), () => void reconnect(stream), stream);
        reconnected++;
        down.delete(stream);
        if (!down.size) lastLiveAt = performance.now();
        return;
      } catch (error) {
        // the proxy has not noticed yet: try again
        if (attempt === 3) console.log(`  a stream still cannot reconnect: ${(error as Error).message}`);
      }
    }
  };
  const count = (person: BenchUser, token: string) => {
    const mine = received.get(person.id) ?? new Map<string, number>();
    mine.set(token, (mine.get(token) ?? 0) + 1);
    received.set(person.id, mine);
  };
  // What the tab does: an event with the message draws it; one without (an older server's
  // replay) makes it fetch the messages after the one before, and it keeps what it lacks.
  const onMessageFor = (person: BenchUser): OnMessage => (token, _hasView, _at, event) => {
    if (token) return count(person, token);
    void request(`${a.url}/api/conversations/${event.conversationId}/messages?afterSeq=${event.seq - 1}`, { cookie: person.cookie }).then((answer) => {
      const page = JSON.parse(answer.body || "{}") as { messages?: Array<{ seq: number; body: string | null }> };
      const body = page.messages?.find((message) => message.seq === event.seq)?.body ?? "";
      const fetched = /#(\w+)$/.exec(body)?.[1];
      if (fetched && !received.get(person.id)?.get(fetched)) count(person, fetched);
    });
  };
  // Half the streams on each instance, as a proxy would spread them.
  const streams: Stream[] = [];
  for (const [index, person] of population.everyone.entries()) {
    const stream: Stream = await openStream(index % 2 ? b.url : a.url, person, onMessageFor(person), () => void reconnect(stream));
    streams.push(stream);
  }
  await sleep(500);
  const total = Math.round(RATE * SECONDS);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    await sleep(Math.max(0, started + (i * 1000) / RATE - performance.now()));
    if (!killedAt && i >= total / 3) {
      process.kill(b.pid, "SIGKILL");
      killedAt = performance.now();
    }
    const buyer = population.buyers[i % population.buyers.length]!;
    const token = `k${i}x${randomBytes(4).toString("hex")}`;
    const answer = await request(`${a.url}/api/conversations/${buyer.conversationId}/messages`, { method: "POST", cookie: buyer.cookie, body: JSON.stringify({ clientId: `c${token}`, body: `kill run #${token}` }) });
    if (answer.status === 201) sent.push(`${buyer.id} ${token}`);
  }
  await sleep(3_000);
  for (const stream of streams) stream.close();
  let lost = 0;
  let doubled = 0;
  for (const line of sent) {
    const [buyerId, token] = line.split(" ") as [string, string];
    for (const person of [...population.members, population.buyers.find((buyer) => buyer.id === buyerId)!]) {
      const times = received.get(person.id)?.get(token) ?? 0;
      if (times === 0) lost++;
      if (times > 1) doubled += times - 1;
    }
  }
  const recovery = down.size ? Number.POSITIVE_INFINITY : lastLiveAt > killedAt ? (lastLiveAt - killedAt) / 1000 : 0;
  return { lost, doubled, recovery_s: Math.round(recovery * 100) / 100, kill_messages: sent.length, kill_clients_on_killed_instance: Math.floor(population.everyone.length / 2), kill_clients_reconnected: reconnected };
}
