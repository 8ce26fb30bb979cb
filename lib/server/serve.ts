// The production server: Next.js for pages and routes, with the chat gateway (chat-gateway.ts) in
// front for the two paths that carry the chat's traffic. Started by `npm start` (lib/cli/start.ts)
// after the data is prepared and the build is fresh; PORT as in lib/env.ts.
import http from "node:http";
import next from "next";
import { getEnv } from "@/lib/env";

const { PORT } = getEnv();
const app = next({ dev: false, dir: process.cwd(), port: PORT });
const handle = app.getRequestHandler();
await app.prepare();
// Loaded after Next has set up its server environment (the services import parts of Next).
const { handleChatRequest } = await import("./chat-gateway");
// Instances sharing a PostgreSQL database pass each other's events along (LISTEN/NOTIFY).
const databaseUrl = getEnv().databaseUrl;
if (databaseUrl.startsWith("postgres")) {
  const [{ startPostgresRelay }, { setRelay }] = await Promise.all([import("@/lib/realtime/postgres-relay"), import("@/lib/realtime/event-bus")]);
  setRelay(await startPostgresRelay(databaseUrl));
}

const server = http.createServer((req, res) => {
  if (handleChatRequest(req, res)) return;
  void handle(req, res);
});
// Event streams stay open for hours; only idle keep-alive sockets between requests time out.
server.requestTimeout = 0;
server.listen(PORT, () => console.log(`Chatalog listening on port ${PORT}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
