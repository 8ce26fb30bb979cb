// Compiles the production server (lib/server/serve.ts and the lib/ code it imports) to plain
// JavaScript once, at start, so the long-lived server runs on plain node: under tsx it carried
// tsx's loader thread and two esbuild service processes (~90 MB together) for its whole life.
// npm packages stay imports, resolved from node_modules at run time as before.
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { isNewerThanSources } from "./build-freshness";

/** Under .next, so `next build` (which empties .next) can never leave a bundle of older sources. */
const OUT_DIR = path.join(".next", "chatalog-server");
/** What `npm start` runs (package.json names the same path). */
export const SERVER_BUNDLE = path.join(OUT_DIR, "serve.mjs");

/** Bundles the server unless the bundle is already newer than the sources. */
export async function bundleServerIfStale(root = "."): Promise<void> {
  if (isNewerThanSources(SERVER_BUNDLE, root)) return;
  const outdir = path.join(root, OUT_DIR);
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: path.resolve(root),
    entryPoints: [path.join("lib", "server", "serve.ts")],
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Keeps serve.ts's dynamic imports lazy: the chat gateway must load after Next has prepared.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}
