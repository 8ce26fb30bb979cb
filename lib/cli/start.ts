// `npm start`: prepare the data, build when the build is missing or older than the sources,
// then serve with `next start`. Prints the demo logins once the server answers.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { buildIsFresh } from "./build-freshness";
import { printDemoLogins } from "./demo-logins";
import { prepare } from "./prepare";

function buildIfNeeded(): void {
  if (buildIsFresh()) return;
  console.log("Building the app (first start or sources changed)...");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function waitUntilUp(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(new URL("/login", url));
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return false;
}

const env = getEnv();
process.env.NEXTAUTH_URL ??= env.appUrl;
const { demoPresent } = await prepare();
buildIfNeeded();
// Next behind the chat gateway (lib/server/serve.ts), in a process of its own.
const server = spawn(process.execPath, ["--import", "tsx", path.join("lib", "server", "serve.ts")], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
if (await waitUntilUp(env.appUrl)) {
  if (demoPresent) printDemoLogins(env.appUrl);
  else console.log(`\nChatalog is running at ${env.appUrl}\n`);
}
