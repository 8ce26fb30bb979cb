// The first half of `npm start`: prepare the data, build when the build is missing or older than
// the sources, and bundle the server. It exits before the server starts: package.json then
// `exec`s node on the bundle, so the server is the one long-lived process under npm (and gets
// the signals npm forwards). The server prints the demo logins once it listens.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsFresh } from "./build-freshness";
import { bundleServerIfStale } from "./bundle-server";
import { precompressBuildFiles } from "@/lib/server/precompressed-static";
import { exitWithMessage } from "./exit-with-message";
import { prepare } from "./prepare";

function buildIfNeeded(): void {
  if (buildIsFresh()) return;
  console.log("Building the app (first start or sources changed)...");
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await prepare().catch(exitWithMessage);
buildIfNeeded();
// Brotli copies of the build's scripts and styles (lib/server/precompressed-static.ts); a few
// seconds after a build, nothing on a start whose copies are there.
precompressBuildFiles(path.join(".next", "static"));
await bundleServerIfStale();
