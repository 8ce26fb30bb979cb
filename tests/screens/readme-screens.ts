// `npm run screens`: the README's screenshots, made again from scratch. Builds when the build is
// stale, serves the production build on a fresh temporary folder seeded with the demo business
// (as `npm start` does on a first run), sets up what the demo lacks through the screens (a sent
// broadcast, an invite, two picks), then pictures every screen at 390x844 into
// public/readme/phone/ and at 1280x800 into public/readme/desk/, as palette PNGs. The server and
// the folder go at the end, whatever ends the run.
//
// Run by hand, not by `npm test` or CI: pictures are for people to look at. Needs a Chromium
// (Debian's /usr/bin/chromium or CHROMIUM_PATH, as playwright.config.ts) and, for the emoji in
// the demo chats to draw as emoji rather than empty boxes, a colour emoji font: on Debian,
// `apt-get install fonts-noto-color-emoji`.
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import type { RunningServer } from "../bench/servers";
import type { SavedScreen } from "./capture";
import { startDemoServer } from "./demo-server";
import { setUpScene } from "./demo-scene";
import { DESK, PHONE, type Viewport } from "./people";
import { walkScreens } from "./walk-screens";

const repoRoot = process.cwd();
const outDir = path.join(repoRoot, "public", "readme");
const VIEWPORTS = [PHONE, DESK];

function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

/** A size's pictures are taken into `<size>.new/` and replace `<size>/` only once every screen of
 * both sizes is taken: a run that fails half-way leaves the README's pictures as they were, and a
 * screen that was renamed or dropped leaves no stale file behind. */
function stagingDir(viewport: Viewport): string {
  return path.join(outDir, `${viewport.name}.new`);
}

function replaceWithStaged(viewport: Viewport): void {
  const dir = path.join(outDir, viewport.name);
  rmSync(dir, { recursive: true, force: true });
  renameSync(stagingDir(viewport), dir);
}

async function main(): Promise<void> {
  let server: RunningServer | undefined;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
  });
  try {
    server = await startDemoServer(repoRoot);
    const scene = await setUpScene(browser, server.url);
    const saved: SavedScreen[] = [];
    for (const viewport of VIEWPORTS) {
      rmSync(stagingDir(viewport), { recursive: true, force: true });
      saved.push(...(await walkScreens(browser, server.url, viewport, scene, stagingDir(viewport))));
    }
    for (const viewport of VIEWPORTS) replaceWithStaged(viewport);
    const total = saved.reduce((sum, screen) => sum + screen.bytes, 0);
    console.log(`\n${saved.length} pictures, ${Math.round(total / 1024)} KB in ${path.relative(repoRoot, outDir)}/`);
    const errors = server.stderr().trim();
    if (errors) console.log(`\nThe server logged errors while the pictures were taken:\n${errors}`);
  } finally {
    for (const viewport of VIEWPORTS) rmSync(stagingDir(viewport), { recursive: true, force: true });
    await browser.close();
    await server?.stop();
  }
}

await main();
// Ends the process, which runs the temporary folder's clean-up (tests/bench/servers.ts benchTempDir).
process.exit(0);
