// `npm run bench:web`: what a phone waits for when it opens Chatalog (issue #12). Lighthouse (the
// npm package, its default mobile profile: a mid-range phone on slow 4G, simulated throttling) in
// Debian's Chromium against the production build with the demo data, signed in as the demo people:
//   - login: the login page, signed out;
//   - conversation: a demo buyer's conversation with the supplier;
//   - catalog: the demo owner's catalog.
// Each page runs RUNS times (--runs, BENCH_WEB_RUNS, 3) and the median of each figure is kept.
// Baseline in the same run: /bench-baseline, a dynamic page of the same server and root layout that
// reads nothing (app/bench-baseline/page.tsx): the JavaScript and main-thread work every Chatalog
// page starts from; each page's figures are printed against it.
// The catalog's image bytes at DPR 1, 2 and 3 come from `npm run bench:images` (images.json) and are
// copied in when that file exists, so web.json has every key the issue names.
// A script, not a test: it fails only when something is broken (a page that does not load, a
// redirect to the login page), never on the figures. Figures go to tests/bench/results/web.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEMO_PASSWORD, demoPeople } from "@/lib/demo/demo-data";
import { benchTempDir, ensureBuild, prepareAppData, startApp } from "./servers";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { runs: { type: "string" }, "no-build": { type: "boolean" } } });
const RUNS = Math.max(1, Number(flags.runs ?? process.env.BENCH_WEB_RUNS ?? 3) || 3);

/** Issue #12's targets (mobile profile). */
const TARGETS = { conversation_js_kb: 130, conversation_lcp_ms: 2000, conversation_tbt_ms: 200, catalog_lcp_ms: 2500 } as const;

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (!found) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  return found;
}

interface PageFigures {
  /** Every script the page fetched while Lighthouse watched, as transferred (brotli where the
   * server has the copy, lib/server/precompressed-static.ts), headers included. */
  js_kb: number;
  /** Of those, the ones requested before the load event: what the first screen waits for. The rest
   * is code fetched once the page is idle (the chat's sheets, components/chat/conversation-sheets.ts). */
  first_load_js_kb: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  score: number;
  /** When Chromium really painted first (unthrottled), each run: a late first paint puts every
   * script before it into the simulated LCP, and on this machine it has come at ~250 ms or at
   * ~1,250 ms for the same page. */
  observed_fcp_ms: number[];
}

/** The session cookie of a demo person, signed in through the login page as anyone would. */
async function sessionCookie(baseUrl: string, phone: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("Mobile number").fill(phone);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL(/\/chats$/);
    const cookies = await page.context().cookies();
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** The address of the buyer's first conversation, as their chats list links it. */
async function firstConversationPath(baseUrl: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/chats`, { headers: { cookie } })).text();
  const found = html.match(/href="(\/chats\/[a-z0-9]+)"/);
  if (!found) throw new Error("The demo buyer's chats list links no conversation: is the demo data there?");
  return found[1]!;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** What the page's Largest Contentful Paint is, read in Chromium itself at a phone's size (this
 * Lighthouse cannot name it with Debian's Chromium: its trace parser fails on frame_sequence). */
async function lcpElement(url: string, cookie: string | null): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, extraHTTPHeaders: cookie ? { Cookie: cookie } : {} });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1_000);
    return await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element; url?: string; size?: number }) | undefined;
            const element = entry?.element;
            const what = element ? `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}> ${entry?.url ? entry.url.replace(location.origin, "") : JSON.stringify((element.textContent ?? "").slice(0, 40))}` : "none";
            resolve(`${what}, ${entry?.size ?? 0} px², at ${Math.round(entry?.startTime ?? 0)} ms unthrottled`);
          }).observe({ type: "largest-contentful-paint", buffered: true });
        }),
    );
  } finally {
    await browser.close();
  }
}

async function audit(port: number, url: string, cookie: string | null, expectedPath: string): Promise<PageFigures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // BENCH_WEB_REPORT_DIR=<dir> keeps each run's whole report, to see what the LCP element is and
  // which phase of it costs (the largest-contentful-paint-element audit).
  if (process.env.BENCH_WEB_REPORT_DIR) mkdirSync(process.env.BENCH_WEB_REPORT_DIR, { recursive: true });
  if (process.env.BENCH_WEB_REPORT_DIR) writeFileSync(path.join(process.env.BENCH_WEB_REPORT_DIR, `${expectedPath.split("/").filter(Boolean).join("-") || "root"}-${Date.now()}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  if (finalPath !== expectedPath) throw new Error(`${url} ended on ${finalPath}, not ${expectedPath}: signed out?`);
  const requests = (lhr.audits["network-requests"]?.details as { items?: Array<{ resourceType?: string; transferSize?: number; networkRequestTime?: number }> } | undefined)?.items ?? [];
  const scripts = requests.filter((request) => request.resourceType === "Script");
  const bytesOf = (list: typeof scripts) => list.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  // Both times are in ms from the navigation's start, as observed (unthrottled).
  const observed = (lhr.audits.metrics?.details as { items?: Array<{ observedLoad?: number; observedFirstContentfulPaint?: number }> } | undefined)?.items?.[0];
  const observedLoad = observed?.observedLoad ?? Number.POSITIVE_INFINITY;
  return {
    js_kb: bytesOf(scripts) / 1024,
    first_load_js_kb: bytesOf(scripts.filter((request) => (request.networkRequestTime ?? 0) <= observedLoad)) / 1024,
    lcp_ms: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbt_ms: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    observed_fcp_ms: [Math.round(observed?.observedFirstContentfulPaint ?? Number.NaN)],
  };
}

async function medianOf(port: number, url: string, cookie: string | null, expectedPath: string): Promise<PageFigures> {
  const runs: PageFigures[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await audit(port, url, cookie, expectedPath));
  const pick = (key: Exclude<keyof PageFigures, "observed_fcp_ms">) => median(runs.map((figures) => figures[key]));
  return { js_kb: pick("js_kb"), first_load_js_kb: pick("first_load_js_kb"), lcp_ms: pick("lcp_ms"), tbt_ms: pick("tbt_ms"), cls: pick("cls"), score: pick("score"), observed_fcp_ms: runs.flatMap((figures) => figures.observed_fcp_ms) };
}

const dataDir = benchTempDir("chatalog-bench-web-");
if (!flags["no-build"]) ensureBuild(repoRoot);
prepareAppData(repoRoot, dataDir, { demoData: true });
const app = await startApp(repoRoot, dataDir);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const ownerCookie = await sessionCookie(app.url, demoPeople.owner.phone);
  const buyerCookie = await sessionCookie(app.url, demoPeople.buyers[0].phone);
  const conversationPath = await firstConversationPath(app.url, buyerCookie);
  const pages: Array<{ key: string; path: string; cookie: string | null }> = [
    { key: "baseline", path: "/bench-baseline", cookie: null },
    { key: "login", path: "/login", cookie: null },
    { key: "conversation", path: conversationPath, cookie: buyerCookie },
    { key: "catalog", path: "/catalog", cookie: ownerCookie },
  ];
  // One unmeasured load of each first: Next compiles nothing at run time, but the server's own
  // caches (and the photos' first resize on disk) should not count against the first run.
  for (const page of pages) await fetch(`${app.url}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} });

  const figures: Record<string, PageFigures> = {};
  for (const page of pages) {
    process.stdout.write(`Lighthouse, ${page.key} (${page.path}), ${RUNS} runs... `);
    figures[page.key] = await medianOf(chrome.port, `${app.url}${page.path}`, page.cookie, page.path);
    console.log("done");
  }

  for (const page of pages.filter((candidate) => candidate.key === "conversation" || candidate.key === "catalog")) {
    console.log(`LCP element, ${page.key}: ${await lcpElement(`${app.url}${page.path}`, page.cookie)}`);
  }

  const base = figures.baseline!;
  const ratio = (value: number, against: number) => (against > 0 ? `${(value / against).toFixed(2)}x` : "-");
  console.log(`\nLighthouse mobile profile (simulated slow 4G, 4x CPU slowdown), median of ${RUNS} runs\n`);
  console.log("page              JS KB  (vs base)  first-load JS KB   LCP ms  (vs base)   TBT ms     CLS  score");
  for (const [key, page] of Object.entries(figures)) {
    console.log(
      `${key.padEnd(14)} ${page.js_kb.toFixed(1).padStart(8)} ${ratio(page.js_kb, base.js_kb).padStart(9)} ${page.first_load_js_kb.toFixed(1).padStart(17)} ${page.lcp_ms.toFixed(0).padStart(8)} ${ratio(page.lcp_ms, base.lcp_ms).padStart(9)} ${page.tbt_ms.toFixed(0).padStart(8)} ${page.cls.toFixed(3).padStart(7)} ${String(page.score).padStart(6)}`,
    );
  }

  console.log(`\nFirst paint as observed (unthrottled), each run: ${Object.entries(figures).map(([key, page]) => `${key} ${page.observed_fcp_ms.join("/")} ms`).join(", ")}`);

  const json: Record<string, number | boolean | string | number[]> = { runs: RUNS };
  for (const [key, page] of Object.entries(figures)) {
    json[`${key}_js_kb`] = Math.round(page.js_kb * 10) / 10;
    json[`${key}_first_load_js_kb`] = Math.round(page.first_load_js_kb * 10) / 10;
    json[`${key}_lcp_ms`] = Math.round(page.lcp_ms);
    json[`${key}_tbt_ms`] = Math.round(page.tbt_ms);
    json[`${key}_cls`] = Math.round(page.cls * 1000) / 1000;
    json[`${key}_score`] = page.score;
    json[`${key}_observed_fcp_ms`] = page.observed_fcp_ms;
  }
  const imagesFile = path.join(repoRoot, "tests", "bench", "results", "images.json");
  if (existsSync(imagesFile)) {
    const images = JSON.parse(readFileSync(imagesFile, "utf8")) as Record<string, number>;
    for (const dpr of [1, 2, 3]) json[`catalog_image_kb_dpr${dpr}`] = images[`catalog_image_kb_dpr${dpr}`]!;
    const dpr2Ratio = (json.catalog_image_kb_dpr2 as number) / (json.catalog_image_kb_dpr1 as number);
    json.catalog_image_dpr2_vs_dpr1 = Math.round(dpr2Ratio * 100) / 100;
    json.catalog_image_dpr2_target_met = dpr2Ratio <= 2.5;
    console.log(`\nCatalog first screen, image KB at DPR 1/2/3 (bench:images): ${json.catalog_image_kb_dpr1} / ${json.catalog_image_kb_dpr2} / ${json.catalog_image_kb_dpr3}; DPR 2 is ${dpr2Ratio.toFixed(2)}x DPR 1 (target <= 2.5x)`);
  }
  // The median upload of a real phone photograph comes from `npm run bench:upload-photos`, which
  // needs the photographs (not in the repository: see that script).
  const uploadsFile = path.join(repoRoot, "tests", "bench", "results", "upload-photos.json");
  json.upload_kb_median_real_photo = existsSync(uploadsFile)
    ? (JSON.parse(readFileSync(uploadsFile, "utf8")) as { upload_kb_median_real_photo: number }).upload_kb_median_real_photo
    : "not measured: run npm run bench:upload-photos with real phone photographs";
  console.log(`Median upload of a real phone photo (bench:upload-photos): ${json.upload_kb_median_real_photo} KB`);
  console.log("\nTargets (issue #12):");
  for (const [key, target] of Object.entries(TARGETS)) {
    const value = json[key] as number;
    const met = value <= target;
    json[`${key}_target_met`] = met;
    console.log(`  ${key.padEnd(22)} ${String(value).padStart(7)} <= ${target}: ${met ? "met" : "NOT met"}`);
  }
  const clsZero = ["login", "conversation", "catalog"].every((key) => json[`${key}_cls`] === 0);
  json.cls_zero_everywhere = clsZero;
  console.log(`  CLS 0 on every page: ${clsZero ? "yes" : "NO"}`);

  const resultsDir = path.join(repoRoot, "tests", "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "web.json"), `${JSON.stringify(json, null, 2)}\n`);
} finally {
  chrome.kill();
  await app.stop();
}
