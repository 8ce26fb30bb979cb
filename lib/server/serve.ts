// The production server: Next.js for pages and routes, with the chat gateway (chat-gateway.ts) in
// front for the two paths that carry the chat's traffic. `npm start` runs it as its one long-lived
// process, compiled to plain JavaScript (lib/cli/bundle-server.ts) after lib/cli/prepare-and-build.ts
// has prepared the data and the build; PORT as in lib/env.ts. It stops on SIGTERM or SIGINT
// (graceful-stop.ts).
import http from "node:http";
import path from "node:path";
import next from "next";
import { exitWithMessage } from "@/lib/cli/exit-with-message";
import { assertModeWorks, describeMode } from "@/lib/deploy-mode";
import { getEnv } from "@/lib/env";
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "@/lib/limits";
import { applySecurityHeaders } from "@/lib/security/security-headers";
import { createOwnerOnly } from "@/lib/storage/data-dir";
import { createFrontDoor, publicFilePaths } from "./front-door";
import { compressAnswer } from "./compress-pages";
import { createPrecompressedStatic } from "./precompressed-static";
import { stopOnSignals } from "./graceful-stop";

const env = getEnv();
// `npm start` checked it already (prepare.ts); a supervisor may start this file alone.
try {
  assertModeWorks(env);
} catch (error) {
  exitWithMessage(error);
}
// Files the server writes (SQLite's -wal and -shm, photos) are owner-only, like DATA_DIR (prepare.ts).
createOwnerOnly();
// next-auth builds its callback and redirect URLs from it; empty counts as unset, as in lib/env.ts.
if (!process.env.NEXTAUTH_URL) process.env.NEXTAUTH_URL = env.appUrl;
const app = next({ dev: false, dir: process.cwd(), port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
// Loaded after Next has set up its server environment (the services import parts of Next).
const [{ handleChatRequest, endEventStreams }, { closeDb, getDb }, { announceRunning }, { keepEventLog, startEventLog }, { keepDeliveringBroadcasts }] = await Promise.all([
  import("./chat-gateway"),
  import("@/lib/db"),
  import("@/lib/cli/demo-logins"),
  import("@/lib/realtime/event-log-reader"),
  import("@/lib/broadcasts/deliver-broadcast"),
]);
// This process delivers the event log to its streams from where the log stands now.
await startEventLog();
const stopEventLog = keepEventLog();
// Broadcasts whose albums are still to be written (this process's, or a stopped one's) go on.
const stopBroadcasts = keepDeliveringBroadcasts();
// Instances sharing a PostgreSQL database hear of each other's events: through the database's
// own LISTEN/NOTIFY, or through Redis pub/sub (EVENT_NEWS=redis).
let relay: { close(): Promise<void> } | undefined;
if (env.provider === "postgres" && env.EVENT_NEWS === "redis" && env.REDIS_URL) {
  const [{ startRedisRelay }, { setNewsOut }] = await Promise.all([import("@/lib/realtime/redis-relay"), import("@/lib/realtime/event-log-reader")]);
  const redisRelay = await startRedisRelay(env.REDIS_URL);
  setNewsOut(() => redisRelay.announce());
  relay = redisRelay;
} else if (env.provider === "postgres") {
  const { startPostgresRelay } = await import("@/lib/realtime/postgres-relay");
  relay = await startPostgresRelay(env.databaseUrl);
}

const servedOverHttps = env.appUrl.startsWith("https://");
const sendPrecompressed = createPrecompressedStatic(path.join(process.cwd(), ".next", "static"));
const frontDoor = createFrontDoor({
  trustedProxyHops: env.TRUSTED_PROXY_HOPS,
  publicFiles: publicFilePaths(path.join(process.cwd(), "public")),
  next: (req, res) => {
    if (handleChatRequest(req, res) || sendPrecompressed(req, res)) return;
    compressAnswer(req, res, () => void handle(req, res));
  },
});
const server = http.createServer(
  // Node times the request only (headers and body), never the response: event streams stay open
  // for hours while a body that trickles in is cut (front-door.ts per route, this as the ceiling).
  { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS },
  (req, res) => {
    // First, so every answer carries them: the front door's refusals, the gateway's answers, the
    // event stream, photos and Next's pages.
    applySecurityHeaders(req, res, servedOverHttps);
    frontDoor(req, res);
  },
);
stopOnSignals(server, {
  endStreams: endEventStreams,
  release: async () => {
    await stopBroadcasts(); // the batch in hand finishes; the rest is handed back for the next start
    stopEventLog();
    await relay?.close();
    await app.close();
    await closeDb();
  },
});
server.listen(env.PORT, () => {
  console.log(`${describeMode(env)}, listening on port ${env.PORT}`);
  announceRunning(getDb(), env.appUrl).catch((error: unknown) => console.error(error));
});
