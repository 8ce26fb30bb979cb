// `npm run bench:photos`: the photo benchmark of issue #5 (a script, not a test: it never fails
// on numbers, only when something is broken, e.g. a variant missing or a photo rejected).
//
// Over generated photo-like images (tests/bench/photo-fixtures.ts; camera originals of 12 MP and
// phone uploads of 2048 px, cached in tests/.tmp/bench-photos) it times processPhoto (every
// variant and the placeholder) against a bare sharp call doing the least the pipeline must do
// (decode, one resize to 1280, one WebP encode), prints the bytes of every variant, the bytes of
// an album of 24 thumbnails and the upload size of a 12 MP photo after the browser's downsizing
// (simulated with sharp), and writes tests/bench/results/photos.json.
//
// Everything runs on ONE core: UV_THREADPOOL_SIZE=1 (the script re-executes itself to set it
// before libuv starts its pool) and sharp.concurrency(1), so a figure is CPU time on one core,
// not wall time flattered by the second core.
//
// Flags (or env): --count (BENCH_PHOTO_COUNT, 12 per class), --runs (BENCH_PHOTO_RUNS, 5 timed
// runs per image after one warm-up), --pipeline (BENCH_PHOTO_PIPELINE: path of another module
// exporting processPhoto inside the repository, e.g. an older version saved with
// `git show HEAD:lib/photos/process-photo.ts > tests/.tmp/process-photo.before.ts`, to compare on
// the same fixtures and baseline; such a run prints but does not write photos.json).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

if (process.env.UV_THREADPOOL_SIZE !== "1") {
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
  });
  process.exit(child.status ?? 1);
}

// Loaded only now, in the process whose thread pool has one thread.
const { default: sharp } = await import("sharp");
const { SCREEN_SIDE, SCREEN_WEBP_OPTIONS, processPhoto: currentPipeline } = await import("@/lib/photos/process-photo");
const { loadPhotoFixtures, simulateBrowserDownsize, BROWSER_JPEG_QUALITY, BROWSER_LONG_SIDE } = await import("./photo-fixtures");
const { percentile, round } = await import("./percentiles");
type ProcessedPhoto = Awaited<ReturnType<typeof currentPipeline>>;
type PhotoFixture = Awaited<ReturnType<typeof loadPhotoFixtures>>[number];

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { count: { type: "string" }, runs: { type: "string" }, pipeline: { type: "string" } } });
const otherPipeline = flags.pipeline ?? process.env.BENCH_PHOTO_PIPELINE;
const processPhoto: typeof currentPipeline = otherPipeline
  ? ((await import(pathToFileURL(path.resolve(otherPipeline)).href)) as { processPhoto: typeof currentPipeline }).processPhoto
  : currentPipeline;

function positiveInt(flag: string | undefined, envName: string, fallback: number): number {
  const raw = flag ?? process.env[envName];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${envName} / flag must be a positive integer, got ${raw}`);
  return value;
}

const count = positiveInt(flags.count, "BENCH_PHOTO_COUNT", 12);
const runs = positiveInt(flags.runs, "BENCH_PHOTO_RUNS", 5);
const ALBUM_SIZE = 24;

sharp.concurrency(1);
// Every real upload is a new image: libvips' operation cache must not serve a repeated run.
sharp.cache(false);

/** The least the pipeline must do, with the pipeline's own SCREEN WebP settings, so the ratio is its overhead, not an encoder choice. */
function baseline(input: Buffer): Promise<Buffer> {
  return sharp(input).resize({ width: SCREEN_SIDE, height: SCREEN_SIDE, fit: "inside" }).webp(SCREEN_WEBP_OPTIONS).toBuffer();
}

/** The same call with sharp's default WebP settings (quality 80, effort 4): what an untuned server would do. */
function baselineDefaults(input: Buffer): Promise<Buffer> {
  return sharp(input).resize({ width: SCREEN_SIDE, height: SCREEN_SIDE, fit: "inside" }).webp().toBuffer();
}

interface Timed<T> {
  ms: number;
  cpuMs: number;
  value: T;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

interface ImageResult {
  fixture: PhotoFixture;
  pipelineMs: number[];
  pipelineCpuMs: number[];
  baselineMs: number[];
  defaultsMs: number[];
  /** The 800 px size, made after the upload has answered (deferLarge). */
  laterMs: number[];
  processed: ProcessedPhoto;
}

console.log(
  `Chatalog photo bench: Node ${process.version}, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, ` +
    `${os.cpus().length} CPUs on the machine, measured on ONE: UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE}, ` +
    `sharp.concurrency()=${sharp.concurrency()}, SIMD ${sharp.simd() ? "on" : "off"}, libvips cache off. ` +
    `Load average ${os.loadavg()[0]?.toFixed(2)} at start (other processes on the machine inflate wall times; "cpu" columns are this process's CPU time).`,
);
const loadAtStart = os.loadavg()[0] ?? Number.NaN;
if (otherPipeline) console.log(`Pipeline under test: ${otherPipeline} (baseline settings from lib/photos/process-photo.ts)`);
console.log(`Fixtures (${count} per class, generated once):`);
const fixtures = await loadPhotoFixtures(repoRoot, count, console.log);

const results: ImageResult[] = [];
for (const photoClass of ["phone", "camera"] as const) {
  const ofClass = fixtures.filter((fixture) => fixture.photoClass === photoClass);
  const byName = new Map<string, ImageResult>();
  for (const fixture of ofClass) {
    // Warm-up: first calls pay for loading codecs and growing buffers.
    const processed = await processPhoto(fixture.data, { deferLarge: true });
    await processed.makeDeferred();
    await baseline(fixture.data);
    await baselineDefaults(fixture.data);
    byName.set(fixture.name, { fixture, pipelineMs: [], pipelineCpuMs: [], baselineMs: [], defaultsMs: [], laterMs: [], processed });
  }
  // Round-robin over the images, alternating pipeline and baseline, so drift on a shared machine
  // lands on both sides alike.
  for (let run = 0; run < runs; run++) {
    for (const fixture of ofClass) {
      const result = byName.get(fixture.name);
      if (!result) continue;
      // What the upload waits for: everything but the 800 px size, timed on its own below.
      const pipeline = await timed(() => processPhoto(fixture.data, { deferLarge: true }));
      result.pipelineMs.push(pipeline.ms);
      result.laterMs.push((await timed(() => pipeline.value.makeDeferred())).ms);
      result.pipelineCpuMs.push(pipeline.cpuMs);
      result.processed = pipeline.value;
      result.baselineMs.push((await timed(() => baseline(fixture.data))).ms);
      result.defaultsMs.push((await timed(() => baselineDefaults(fixture.data))).ms);
    }
  }
  results.push(...byName.values());
}

// ---- report ----
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => percentile(sorted(values), 50);
const p95 = (values: readonly number[]) => percentile(sorted(values), 95);
const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}x` : "n/a");
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

function variantBytes(processed: ProcessedPhoto, kind: "THUMB" | "SCREEN", format: "webp" | "jpeg"): number {
  const found = processed.variants.find((variant) => variant.kind === kind && variant.format === format);
  if (!found) throw new Error(`processPhoto returned no ${kind} ${format}`);
  return found.bytes;
}

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  rows.forEach((row, index) => {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  });
}

console.log(`\nPer image: ${runs} timed runs each after a warm-up; p95 is nearest-rank (with 5 runs, the slowest).`);
console.log(`baseline = sharp(input).resize(${SCREEN_SIDE}, fit inside).webp(${JSON.stringify(SCREEN_WEBP_OPTIONS)}); defaults = the same with .webp() at sharp's defaults (q80, effort 4).`);
table([
  ["image", "input", "stored px", "pipeline med", "p95", "cpu med", "baseline med", "ratio", "defaults med", "thumb webp", "thumb jpg", "screen webp", "screen jpg", "placeholder"],
  ...results.map((result) => {
    const { fixture, processed } = result;
    return [
      fixture.name,
      kb(fixture.data.length),
      `${fixture.width}x${fixture.height}${fixture.orientation === 1 ? "" : ` o${fixture.orientation}`}`,
      `${fmt(median(result.pipelineMs))} ms`,
      fmt(p95(result.pipelineMs)),
      fmt(median(result.pipelineCpuMs)),
      `${fmt(median(result.baselineMs))} ms`,
      ratio(median(result.pipelineMs), median(result.baselineMs)),
      `${fmt(median(result.defaultsMs))} ms`,
      kb(variantBytes(processed, "THUMB", "webp")),
      kb(variantBytes(processed, "THUMB", "jpeg")),
      kb(variantBytes(processed, "SCREEN", "webp")),
      kb(variantBytes(processed, "SCREEN", "jpeg")),
      `${processed.placeholder.length} B`,
    ];
  }),
]);

interface ClassSummary {
  median: number;
  p95: number;
  cpuMedian: number;
  baselineMedian: number;
  defaultsMedian: number;
  laterMedian: number;
}
function summarizeClass(photoClass: "phone" | "camera"): ClassSummary {
  const ofClass = results.filter((result) => result.fixture.photoClass === photoClass);
  const all = (pick: (result: ImageResult) => number[]) => ofClass.flatMap(pick);
  return {
    median: median(all((result) => result.pipelineMs)),
    p95: p95(all((result) => result.pipelineMs)),
    cpuMedian: median(all((result) => result.pipelineCpuMs)),
    baselineMedian: median(all((result) => result.baselineMs)),
    defaultsMedian: median(all((result) => result.defaultsMs)),
    laterMedian: median(all((result) => result.laterMs)),
  };
}
const phone = summarizeClass("phone");
const camera = summarizeClass("camera");

// What gets uploaded and what a buyer's album shows: the camera originals after the browser
// step, processed like any upload, plus the phone uploads: 24 different designs at count 12.
console.log(`\nUploads: each 12 MP original through a SIMULATION of the browser step in Node (sharp: EXIF orientation applied, longest side ${BROWSER_LONG_SIDE}, JPEG q${BROWSER_JPEG_QUALITY} 4:2:0, no metadata), as canvas.toBlob("image/jpeg", ${BROWSER_JPEG_QUALITY / 100}) would make it.`);
const uploads: number[] = [];
const albumSources: ProcessedPhoto[] = results.filter((result) => result.fixture.photoClass === "phone").map((result) => result.processed);
for (const fixture of fixtures.filter((candidate) => candidate.photoClass === "camera")) {
  const upload = await simulateBrowserDownsize(fixture.data);
  uploads.push(upload.length);
  albumSources.push(await processPhoto(upload));
}
const albumPhotos = albumSources.slice(0, ALBUM_SIZE);
const thumbWebps = albumPhotos.map((processed) => variantBytes(processed, "THUMB", "webp"));
const album24Bytes = thumbWebps.reduce((sum, bytes) => sum + bytes, 0);
const allProcessed = [...results.map((result) => result.processed), ...albumSources];
const thumbBytes = allProcessed.flatMap((processed) => [variantBytes(processed, "THUMB", "webp"), variantBytes(processed, "THUMB", "jpeg")]);
const thumbMaxBytes = Math.max(...thumbBytes);
const thumbWebpMax = Math.max(...allProcessed.map((processed) => variantBytes(processed, "THUMB", "webp")));
const placeholderBytes = albumPhotos.reduce((sum, processed) => sum + processed.placeholder.length, 0);
const uploadMax = Math.max(...uploads);
const screenWebp = allProcessed.map((processed) => variantBytes(processed, "SCREEN", "webp"));
const screenJpeg = allProcessed.map((processed) => variantBytes(processed, "SCREEN", "jpeg"));
console.log(`  upload bytes per 12 MP photo: median ${kb(median(uploads))}, max ${kb(uploadMax)} (originals: median ${kb(median(fixtures.filter((f) => f.photoClass === "camera").map((f) => f.data.length)))})`);
console.log(
  `  album of ${albumPhotos.length} designs as THUMB WebP: ${kb(album24Bytes)} (largest ${kb(Math.max(...thumbWebps))}); ` +
    `their inline placeholders add ${kb(placeholderBytes)} to the page`,
);
console.log(`  SCREEN WebP: median ${kb(median(screenWebp))}, max ${kb(Math.max(...screenWebp))}; SCREEN JPEG: median ${kb(median(screenJpeg))}, max ${kb(Math.max(...screenJpeg))}`);

const albumShort = albumPhotos.length < ALBUM_SIZE ? ` (only ${albumPhotos.length} designs: run with --count 12 or more)` : "";
console.log(`\nSummary (one core; pipeline = processPhoto, all four variants and the placeholder)\n`);
table([
  ["metric", "pipeline", "baseline", "pipeline/baseline", "defaults", "target (issue #5)"],
  [
    "phone 2048 px, median (ms)",
    fmt(phone.median),
    fmt(phone.baselineMedian),
    ratio(phone.median, phone.baselineMedian),
    fmt(phone.defaultsMedian),
    `<60 ms, <=2x: ${verdict(phone.median < 60 && phone.median <= 2 * phone.baselineMedian)}`,
  ],
  ["phone 2048 px, p95 (ms)", fmt(phone.p95), "", "", "", ""],
  ["phone 2048 px, CPU median (ms)", fmt(phone.cpuMedian), "", "", "", ""],
  ["phone 2048 px, 800 px size after the answer (ms)", fmt(phone.laterMedian), "", "", "", ""],
  [
    "camera 12 MP, median (ms)",
    fmt(camera.median),
    fmt(camera.baselineMedian),
    ratio(camera.median, camera.baselineMedian),
    fmt(camera.defaultsMedian),
    `<300 ms, <=2x: ${verdict(camera.median < 300 && camera.median <= 2 * camera.baselineMedian)}`,
  ],
  ["camera 12 MP, p95 (ms)", fmt(camera.p95), "", "", "", ""],
  ["camera 12 MP, CPU median (ms)", fmt(camera.cpuMedian), "", "", "", ""],
  ["camera 12 MP, 800 px size after the answer (ms)", fmt(camera.laterMedian), "", "", "", ""],
  ["largest thumbnail, WebP or JPEG", kb(thumbMaxBytes), "", "", "", `<20 KB: ${verdict(thumbMaxBytes < 20 * 1024)}`],
  [`album of ${ALBUM_SIZE} thumbnails${albumShort}`, kb(album24Bytes), "", "", "", `<500 KB: ${verdict(album24Bytes < 500 * 1024 && albumPhotos.length === ALBUM_SIZE)}`],
  ["12 MP upload after downsizing (max)", kb(uploadMax), "", "", "", `<600 KB: ${verdict(uploadMax < 600 * 1024)}`],
]);

const figures = {
  phone_median_ms: round(phone.median, 1),
  phone_p95_ms: round(phone.p95, 1),
  camera_median_ms: round(camera.median, 1),
  camera_p95_ms: round(camera.p95, 1),
  baseline_phone_median_ms: round(phone.baselineMedian, 1),
  baseline_camera_median_ms: round(camera.baselineMedian, 1),
  thumb_max_bytes: thumbMaxBytes,
  album24_bytes: album24Bytes,
  upload_bytes_12mp: uploadMax,
  // Context for the figures above.
  phone_cpu_median_ms: round(phone.cpuMedian, 1),
  camera_cpu_median_ms: round(camera.cpuMedian, 1),
  baseline_defaults_phone_median_ms: round(phone.defaultsMedian, 1),
  baseline_defaults_camera_median_ms: round(camera.defaultsMedian, 1),
  phone_large_later_median_ms: round(phone.laterMedian, 1),
  camera_large_later_median_ms: round(camera.laterMedian, 1),
  thumb_webp_max_bytes: thumbWebpMax,
  album_designs: albumPhotos.length,
  upload_bytes_12mp_median: median(uploads),
  upload_is_simulated: true,
  screen_webp_median_bytes: median(screenWebp),
  screen_jpeg_median_bytes: median(screenJpeg),
  images_per_class: count,
  runs_per_image: runs,
  uv_threadpool_size: Number(process.env.UV_THREADPOOL_SIZE),
  sharp_concurrency: sharp.concurrency(),
  load_avg_at_start: round(loadAtStart, 2),
  load_avg_at_end: round(os.loadavg()[0] ?? Number.NaN, 2),
  node: process.version,
  sharp: sharp.versions.sharp,
  vips: sharp.versions.vips,
  measured_at: new Date().toISOString(),
};
if (otherPipeline) {
  console.log(`\n${JSON.stringify(figures)}\n(not written: --pipeline runs are comparisons)`);
} else {
  const resultsDir = path.join(repoRoot, "tests", "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "photos.json"), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, "photos.json"))}`);
}

