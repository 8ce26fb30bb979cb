// The production server on a fresh, temporary data folder holding the demo business, as
// `npm start` serves it on a first run: migrated, seeded, built when stale. The folder and the
// server go when the process ends, whichever way it ends (tests/bench/servers.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { benchTempDir, ensureBuild, startApp, type RunningServer } from "../bench/servers";

/** Migrates and seeds the demo into `dataDir` the way `npm start` does (lib/cli/prepare.ts). */
function prepareDemoData(repoRoot: string, dataDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO_DATA: "true" };
  // Another database or secret than the temporary folder's would defeat "fresh".
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  delete env.NODE_OPTIONS;
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["lib/cli/prepare.ts"], { cwd: repoRoot, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`lib/cli/prepare.ts failed:\n${result.stdout}\n${result.stderr}`);
}

export async function startDemoServer(repoRoot: string): Promise<RunningServer> {
  ensureBuild(repoRoot);
  const dataDir = benchTempDir("chatalog-screens-");
  console.log(`Seeding the demo business into ${dataDir}...`);
  prepareDemoData(repoRoot, dataDir);
  const server = await startApp(repoRoot, dataDir);
  console.log(`Serving the production build at ${server.url}`);
  return server;
}
