// `npm run bench:upload-photos`: how many bytes a real phone photo travels when a supplier posts
// it. Every photo of a post goes up on the supplier's own connection, often a slow or crowded
// mobile one, and the post waits for its last photo: each KB here is time a person waits.
//
// The browser half is the real code: components/designs/downsize-photo.ts, bundled with esbuild
// and run in Debian's Chromium on real camera JPEGs (not in the repository: --dir, or
// BENCH_REAL_PHOTOS_DIR, default /tmp/real-photos; every *.jpg/*.jpeg at its top level). "today"
// is that file unchanged; every other candidate is the same file with only its long edge, its
// quality and the type handed to canvas.toBlob replaced (variantSource fails if the file no
// longer has the shape these substitutions expect).
//
// Quality, so fewer bytes do not cost the detail a buyer zooms into: each output is compared with
// a reference made by sharp from the original (decoded, turned upright by its EXIF, resized with
// lanczos3 to the output's exact size), by SSIM and PSNR on luma, over the whole image and over
// the 512 x 512 centre (zoom detail). Those compare each candidate at its own size. What a buyer
// actually sees is what the server keeps (lib/photos/process-photo.ts: at most SCREEN_SIDE px),
// so the server's own processPhoto is run on every upload too, and its SCREEN WebP is compared the
// same way: the "stored" columns, comparable across sizes, with the original itself as the ceiling.
//
// A script, not a test: it fails only when something is broken. Figures go to
// tests/bench/results/upload-photos.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import sharp, { type Sharp } from "sharp";
import { processPhoto, SCREEN_SIDE } from "@/lib/photos/process-photo";
import { percentile, round } from "./percentiles";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const { values: flags } = parseArgs({ options: { dir: { type: "string" } } });
const photosDir = path.resolve(flags.dir ?? process.env.BENCH_REAL_PHOTOS_DIR ?? "/tmp/real-photos");
const downsizeSourcePath = path.join(repoRoot, "components", "designs", "downsize-photo.ts");

/** The uplink of Lighthouse's "slow 4G" profile (bench:web's phone): what the seconds column assumes. */
const SLOW_UPLINK_KBIT_PER_S = 750;
/** The centre crop the zoom-detail scores are taken on. */
const ZOOM_CROP_SIDE = 512;

type EncodeType = "image/jpeg" | "image/webp";
interface Candidate {
  name: string;
  maxSide: number;
  type: EncodeType;
  quality: number;
}

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (!found) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
  return found;
}

function listPhotos(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`No photo folder at ${dir}: pass --dir <folder of phone JPEGs> or set BENCH_REAL_PHOTOS_DIR.`);
  const files = readdirSync(dir)
    .filter((name) => /\.jpe?g$/i.test(name) && statSync(path.join(dir, name)).isFile())
    .sort();
  if (files.length === 0) throw new Error(`${dir} has no JPEGs (*.jpg, *.jpeg): pass --dir <folder of phone JPEGs> or set BENCH_REAL_PHOTOS_DIR.`);
  return files;
}

// ---- The browser's code, today and with other settings ----------------------------------------

/** Where downsize-photo.ts states each setting; each must occur exactly once. */
const SETTING_IN_SOURCE = {
  maxSide: /export const UPLOAD_MAX_SIDE = ([\d_]+);/g,
  quality: /export const UPLOAD_QUALITY = ([\d.]+);/g,
  type: /canvas\.toBlob\(resolve, "(image\/[a-z]+)", UPLOAD_QUALITY\)/g,
} as const;

function onlyMatch(source: string, setting: keyof typeof SETTING_IN_SOURCE): RegExpMatchArray {
  const matches = [...source.matchAll(SETTING_IN_SOURCE[setting])];
  if (matches.length !== 1) throw new Error(`downsize-photo.ts no longer states its ${setting} once as this bench expects (${SETTING_IN_SOURCE[setting]}): update the bench.`);
  return matches[0]!;
}

/** Today's settings, as the file states them. */
function todaysCandidate(source: string): Candidate {
  return {
    name: "today",
    maxSide: Number(onlyMatch(source, "maxSide")[1]!.replaceAll("_", "")),
    quality: Number(onlyMatch(source, "quality")[1]),
    type: onlyMatch(source, "type")[1] as EncodeType,
  };
}

/** downsize-photo.ts with only its three settings replaced: the logic stays the file's own. */
function variantSource(source: string, candidate: Candidate): string {
  onlyMatch(source, "maxSide");
  onlyMatch(source, "quality");
  onlyMatch(source, "type");
  return source
    .replace(SETTING_IN_SOURCE.maxSide, `export const UPLOAD_MAX_SIDE = ${candidate.maxSide};`)
    .replace(SETTING_IN_SOURCE.quality, `export const UPLOAD_QUALITY = ${candidate.quality};`)
    .replace(SETTING_IN_SOURCE.type, `canvas.toBlob(resolve, ${JSON.stringify(candidate.type)}, UPLOAD_QUALITY)`);
}

/** An IIFE that puts the module's exports on window.benchDownsizers[name]. */
async function bundleForPage(source: string, name: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, loader: "ts", sourcefile: downsizeSourcePath, resolveDir: path.dirname(downsizeSourcePath) },
    bundle: true,
    format: "iife",
    globalName: "benchDownsize",
    target: "chrome120",
    write: false,
    logLevel: "silent",
    footer: { js: `(window.benchDownsizers ??= {})[${JSON.stringify(name)}] = benchDownsize;` },
  });
  return result.outputFiles[0]!.text;
}

interface BrowserOutput {
  bytes: Buffer;
  type: string;
  ms: number;
}

/** Hands the photo to the page as a chosen file, as the post sheet gets it, and runs the candidate on it. */
async function downsizeInBrowser(page: Page, photoPath: string, candidateName: string): Promise<BrowserOutput> {
  await page.setInputFiles("#photo", photoPath);
  const result = await page.evaluate(async (name) => {
    type Downsize = (file: Blob) => Promise<Blob>;
    const downsizers = (window as unknown as { benchDownsizers: Record<string, { downsizeForUpload: Downsize }> }).benchDownsizers;
    const file = (document.getElementById("photo") as HTMLInputElement).files![0]!;
    const started = performance.now();
    const blob = await downsizers[name]!.downsizeForUpload(file);
    const ms = performance.now() - started;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = "";
    for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    return { base64: btoa(binary), type: blob.type, ms };
  }, candidateName);
  return { bytes: Buffer.from(result.base64, "base64"), type: result.type, ms: result.ms };
}

// ---- Quality: SSIM and PSNR on luma -------------------------------------------------------------

interface Luma {
  width: number;
  height: number;
  /** One byte per pixel, row by row: 0.299 R + 0.587 G + 0.114 B of the sRGB values (BT.601). */
  data: Uint8Array;
}

async function lumaOf(image: Sharp): Promise<Luma> {
  const { data, info } = await image.toColourspace("srgb").removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const luma = new Uint8Array(info.width * info.height);
  for (let pixel = 0, offset = 0; pixel < luma.length; pixel++, offset += info.channels) {
    luma[pixel] = Math.round(0.299 * data[offset]! + 0.587 * data[offset + 1]! + 0.114 * data[offset + 2]!);
  }
  return { width: info.width, height: info.height, data: luma };
}

function centreCrop(image: Luma, side: number): Luma {
  const width = Math.min(side, image.width);
  const height = Math.min(side, image.height);
  const left = Math.floor((image.width - width) / 2);
  const top = Math.floor((image.height - height) / 2);
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) data.set(image.data.subarray((top + row) * image.width + left, (top + row) * image.width + left + width), row * width);
  return { width, height, data };
}

const SSIM_WINDOW = 8;
const SSIM_STEP = 4;
const SSIM_C1 = (0.01 * 255) ** 2;
const SSIM_C2 = (0.03 * 255) ** 2;

/**
 * Mean SSIM (Wang, Bovik et al. 2004) of two images of the same size: the product of how alike
 * their local brightness, contrast and structure are, over 8 x 8 windows placed every 4 px, with
 * the paper's constants for 8-bit values. 1 is identical; a blurred weave or blocky detail lowers it.
 */
function ssim(a: Luma, b: Luma): number {
  assertSameSize(a, b);
  const count = SSIM_WINDOW * SSIM_WINDOW;
  let sum = 0;
  let windows = 0;
  for (let top = 0; top + SSIM_WINDOW <= a.height; top += SSIM_STEP) {
    for (let left = 0; left + SSIM_WINDOW <= a.width; left += SSIM_STEP) {
      let sumA = 0, sumB = 0, sumAA = 0, sumBB = 0, sumAB = 0;
      for (let row = top; row < top + SSIM_WINDOW; row++) {
        for (let index = row * a.width + left, end = index + SSIM_WINDOW; index < end; index++) {
          const valueA = a.data[index]!;
          const valueB = b.data[index]!;
          sumA += valueA;
          sumB += valueB;
          sumAA += valueA * valueA;
          sumBB += valueB * valueB;
          sumAB += valueA * valueB;
        }
      }
      const meanA = sumA / count;
      const meanB = sumB / count;
      const varianceA = sumAA / count - meanA * meanA;
      const varianceB = sumBB / count - meanB * meanB;
      const covariance = sumAB / count - meanA * meanB;
      sum += ((2 * meanA * meanB + SSIM_C1) * (2 * covariance + SSIM_C2)) / ((meanA * meanA + meanB * meanB + SSIM_C1) * (varianceA + varianceB + SSIM_C2));
      windows++;
    }
  }
  return sum / windows;
}

/** Peak signal-to-noise ratio in dB: 10 log10(255² / mean squared error). */
function psnr(a: Luma, b: Luma): number {
  assertSameSize(a, b);
  let squaredError = 0;
  for (let index = 0; index < a.data.length; index++) squaredError += (a.data[index]! - b.data[index]!) ** 2;
  return squaredError === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / (squaredError / a.data.length));
}

function assertSameSize(a: Luma, b: Luma): void {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`Compared images differ in size: ${a.width}x${a.height} and ${b.width}x${b.height}`);
}

interface Scores {
  ssim_whole: number;
  ssim_zoom: number;
  psnr_whole: number;
  psnr_zoom: number;
}

function scores(reference: Luma, output: Luma): Scores {
  const referenceCrop = centreCrop(reference, ZOOM_CROP_SIDE);
  const outputCrop = centreCrop(output, ZOOM_CROP_SIDE);
  return { ssim_whole: ssim(reference, output), ssim_zoom: ssim(referenceCrop, outputCrop), psnr_whole: psnr(reference, output), psnr_zoom: psnr(referenceCrop, outputCrop) };
}

/** The original's pixels, decoded once and turned upright by EXIF; references at any size come from it. */
class Original {
  private readonly references = new Map<string, Promise<Luma>>();
  private constructor(
    readonly pixels: Buffer,
    readonly width: number,
    readonly height: number,
    readonly channels: 3 | 4,
  ) {}

  static async decode(file: Buffer): Promise<Original> {
    const { data, info } = await sharp(file, { limitInputPixels: false }).rotate().toColourspace("srgb").raw().toBuffer({ resolveWithObject: true });
    return new Original(data, info.width, info.height, info.channels as 3 | 4);
  }

  /** The upright original, resized with lanczos3 to exactly width x height. */
  reference(width: number, height: number): Promise<Luma> {
    const key = `${width}x${height}`;
    if (!this.references.has(key)) {
      const raw = { width: this.width, height: this.height, channels: this.channels };
      this.references.set(key, lumaOf(sharp(this.pixels, { raw }).resize(width, height, { fit: "fill", kernel: "lanczos3" })));
    }
    return this.references.get(key)!;
  }
}

/** The output decoded upright (a canvas output has no EXIF; a kept original does). */
async function decodeUpright(bytes: Buffer): Promise<Luma> {
  return lumaOf(sharp(bytes).rotate());
}

function assertSameOrientation(original: Original, output: Luma, what: string): void {
  if (original.width > original.height !== output.width > output.height) throw new Error(`${what} is ${output.width}x${output.height} but the upright original is ${original.width}x${original.height}: turned the wrong way?`);
}

// ---- Measuring ----------------------------------------------------------------------------------

interface Measured {
  kb: number;
  type: string;
  width: number;
  height: number;
  browser_ms: number;
  upload: Scores;
  stored: Scores;
}

/** What the server keeps from `bytes` (its SCREEN WebP, what the viewer shows), scored against the original. */
async function storedScores(bytes: Buffer, original: Original, what: string): Promise<Scores> {
  const processed = await processPhoto(bytes);
  const screen = processed.variants.find((variant) => variant.kind === "SCREEN" && variant.format === "webp");
  if (!screen) throw new Error(`processPhoto kept no SCREEN WebP of ${what}`);
  const stored = await decodeUpright(screen.data);
  assertSameOrientation(original, stored, `The stored copy of ${what}`);
  return scores(await original.reference(stored.width, stored.height), stored);
}

async function measure(page: Page, photoPath: string, original: Original, candidate: Candidate): Promise<Measured> {
  const what = `${path.basename(photoPath)} (${candidate.name})`;
  const output = await downsizeInBrowser(page, photoPath, candidate.name);
  const decoded = await decodeUpright(output.bytes);
  assertSameOrientation(original, decoded, what);
  return {
    kb: output.bytes.length / 1024,
    type: output.type,
    width: decoded.width,
    height: decoded.height,
    browser_ms: output.ms,
    upload: scores(await original.reference(decoded.width, decoded.height), decoded),
    stored: await storedScores(output.bytes, original, what),
  };
}

// ---- Report ---------------------------------------------------------------------------------------

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const medianOf = (values: number[]) => percentile(sorted(values), 50);
const p90Of = (values: number[]) => percentile(sorted(values), 90);
const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);
const secondsOnSlowUplink = (kb: number) => (kb * 1024 * 8) / (SLOW_UPLINK_KBIT_PER_S * 1000);

interface Summary {
  name: string;
  setting: string;
  kb_median: number;
  kb_p90: number;
  kb_total: number;
  ratio_to_today: number;
  slow_uplink_s_median: number;
  ssim_zoom_median: number;
  ssim_whole_median: number;
  psnr_zoom_median: number;
  stored_ssim_zoom_median: number;
  stored_ssim_whole_median: number;
  /** Photo by photo against today (the same photo's today SSIM subtracted): the median and the worst. */
  ssim_zoom_delta_median: number;
  ssim_zoom_delta_worst: number;
  stored_ssim_zoom_delta_median: number;
  stored_ssim_zoom_delta_worst: number;
  browser_ms_median: number;
  types: string[];
}

/** Each photo's score minus the same photo's score today: differences between photos cancel out. */
function deltasToToday(measured: Measured[], todays: Measured[], score: (one: Measured) => number): number[] {
  return measured.map((one, index) => score(one) - score(todays[index]!));
}

function summarize(candidate: Candidate, measured: Measured[], todays: Measured[]): Summary {
  const kb = measured.map((one) => one.kb);
  const todayKbMedian = medianOf(todays.map((one) => one.kb));
  const uploadDeltas = deltasToToday(measured, todays, (one) => one.upload.ssim_zoom);
  const storedDeltas = deltasToToday(measured, todays, (one) => one.stored.ssim_zoom);
  return {
    name: candidate.name,
    setting: `${candidate.type.replace("image/", "")} q${candidate.quality} ${candidate.maxSide}px`,
    kb_median: medianOf(kb),
    kb_p90: p90Of(kb),
    kb_total: sumOf(kb),
    ratio_to_today: medianOf(kb) / todayKbMedian,
    slow_uplink_s_median: secondsOnSlowUplink(medianOf(kb)),
    ssim_zoom_median: medianOf(measured.map((one) => one.upload.ssim_zoom)),
    ssim_whole_median: medianOf(measured.map((one) => one.upload.ssim_whole)),
    psnr_zoom_median: medianOf(measured.map((one) => one.upload.psnr_zoom)),
    stored_ssim_zoom_median: medianOf(measured.map((one) => one.stored.ssim_zoom)),
    stored_ssim_whole_median: medianOf(measured.map((one) => one.stored.ssim_whole)),
    ssim_zoom_delta_median: medianOf(uploadDeltas),
    ssim_zoom_delta_worst: Math.min(...uploadDeltas),
    stored_ssim_zoom_delta_median: medianOf(storedDeltas),
    stored_ssim_zoom_delta_worst: Math.min(...storedDeltas),
    browser_ms_median: medianOf(measured.map((one) => one.browser_ms)),
    types: [...new Set(measured.map((one) => one.type))],
  };
}

function printTable(rows: Summary[], original: { kb: number[]; stored: Scores[] }): void {
  const header = ["candidate", "setting", "KB med", "KB p90", "KB total", "x today", `s@${SLOW_UPLINK_KBIT_PER_S}k`, "SSIM zoom", "Δ med/worst", "SSIM whole", "PSNR zoom", "stored zoom", "Δ med/worst", "stored whole", "ms", "type"];
  const deltas = (median: number, worst: number) => `${median.toFixed(4)}/${worst.toFixed(4)}`;
  const lines = rows.map((row) => [
    row.name,
    row.setting,
    row.kb_median.toFixed(0),
    row.kb_p90.toFixed(0),
    row.kb_total.toFixed(0),
    row.ratio_to_today.toFixed(2),
    row.slow_uplink_s_median.toFixed(1),
    row.ssim_zoom_median.toFixed(4),
    deltas(row.ssim_zoom_delta_median, row.ssim_zoom_delta_worst),
    row.ssim_whole_median.toFixed(4),
    row.psnr_zoom_median.toFixed(2),
    row.stored_ssim_zoom_median.toFixed(4),
    deltas(row.stored_ssim_zoom_delta_median, row.stored_ssim_zoom_delta_worst),
    row.stored_ssim_whole_median.toFixed(4),
    row.browser_ms_median.toFixed(0),
    row.types.join(","),
  ]);
  const originalKb = medianOf(original.kb);
  lines.push(["original", "camera file", originalKb.toFixed(0), p90Of(original.kb).toFixed(0), sumOf(original.kb).toFixed(0), "", secondsOnSlowUplink(originalKb).toFixed(1), "1", "", "1", "inf", medianOf(original.stored.map((one) => one.ssim_zoom)).toFixed(4), "", medianOf(original.stored.map((one) => one.ssim_whole)).toFixed(4), "", "image/jpeg"]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  for (const line of [header, ...lines]) console.log(line.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));
}

function roundedScores(one: Scores) {
  return { ssim_whole: round(one.ssim_whole, 4), ssim_zoom: round(one.ssim_zoom, 4), psnr_whole: round(one.psnr_whole, 2), psnr_zoom: round(one.psnr_zoom, 2) };
}

// ---- Run ----------------------------------------------------------------------------------------

const photos = listPhotos(photosDir);
const downsizeSource = readFileSync(downsizeSourcePath, "utf8");
const today = todaysCandidate(downsizeSource);
const candidates: Candidate[] = [
  today,
  // The app's setting until 2026-12-02 (this bench chose 0.75 over it: 24% fewer bytes, the stored
  // copy's SSIM 0.001 lower), kept to show the change.
  { name: "jpeg82_2048", maxSide: 2048, type: "image/jpeg", quality: 0.82 },
  { name: "webp75_2048", maxSide: 2048, type: "image/webp", quality: 0.75 },
  { name: "webp80_2048", maxSide: 2048, type: "image/webp", quality: 0.8 },
  { name: "webp85_2048", maxSide: 2048, type: "image/webp", quality: 0.85 },
  { name: "jpeg70_2048", maxSide: 2048, type: "image/jpeg", quality: 0.7 },
  { name: "jpeg82_1600", maxSide: 1600, type: "image/jpeg", quality: 0.82 },
  { name: "jpeg75_1600", maxSide: 1600, type: "image/jpeg", quality: 0.75 },
  { name: "webp80_1600", maxSide: 1600, type: "image/webp", quality: 0.8 },
  // The server keeps nothing above SCREEN_SIDE: uploads of exactly that size, for comparison.
  { name: `jpeg82_${SCREEN_SIDE}`, maxSide: SCREEN_SIDE, type: "image/jpeg", quality: 0.82 },
  { name: `webp80_${SCREEN_SIDE}`, maxSide: SCREEN_SIDE, type: "image/webp", quality: 0.8 },
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
const measuredByCandidate = new Map<string, Measured[]>(candidates.map((candidate) => [candidate.name, []]));
const originalKb: number[] = [];
const originalStored: Scores[] = [];
const perPhoto: Array<Record<string, unknown>> = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><input type="file" id="photo" accept="image/*">');
  for (const candidate of candidates) {
    // "today" is the file exactly as it is; the others differ only in the three settings.
    const source = candidate === today ? downsizeSource : variantSource(downsizeSource, candidate);
    await page.addScriptTag({ content: await bundleForPage(source, candidate.name) });
  }
  for (const [index, photo] of photos.entries()) {
    const photoPath = path.join(photosDir, photo);
    const file = readFileSync(photoPath);
    const original = await Original.decode(file);
    originalKb.push(file.length / 1024);
    originalStored.push(await storedScores(file, original, photo));
    const row: Record<string, unknown> = { file: photo, original_kb: round(file.length / 1024, 1), upright_width: original.width, upright_height: original.height };
    for (const candidate of candidates) {
      const measured = await measure(page, photoPath, original, candidate);
      measuredByCandidate.get(candidate.name)!.push(measured);
      row[candidate.name] = { kb: round(measured.kb, 1), type: measured.type, width: measured.width, height: measured.height, upload: roundedScores(measured.upload), stored: roundedScores(measured.stored) };
    }
    perPhoto.push(row);
    console.log(`${index + 1}/${photos.length} ${photo}: ${(file.length / 1024).toFixed(0)} KB -> today ${(measuredByCandidate.get("today")!.at(-1)!.kb).toFixed(0)} KB`);
  }
  const chromiumVersion = browser.version();
  const todays = measuredByCandidate.get("today")!;
  const todayKbMedian = medianOf(todays.map((one) => one.kb));
  const summaries = candidates.map((candidate) => summarize(candidate, measuredByCandidate.get(candidate.name)!, todays));

  console.log(`\n${photos.length} photos from ${photosDir}; Chromium ${chromiumVersion}. KB = 1024 bytes. "zoom" = the ${ZOOM_CROP_SIDE} px centre at the upload's own size;`);
  console.log(`"stored" = the server's ${SCREEN_SIDE} px SCREEN WebP made from the upload, against the original at that size (what a buyer sees).`);
  console.log(`"Δ med/worst" = photo by photo minus today's SSIM: median and worst. Zoom scores at another size than today's cover another area: compare sizes by "stored".\n`);
  printTable(summaries, { kb: originalKb, stored: originalStored });
  for (const summary of summaries) {
    const requested = candidates.find((candidate) => candidate.name === summary.name)!.type;
    if (summary.types.some((type) => type !== requested)) console.log(`\nWarning: ${summary.name} asked for ${requested} and got ${summary.types.join(", ")}.`);
  }

  const figures: Record<string, unknown> = {
    upload_kb_median_real_photo: round(todayKbMedian, 1),
    original_kb_median_real_photo: round(medianOf(originalKb), 1),
    original_kb_total: round(sumOf(originalKb), 1),
    original_stored_ssim_zoom_median: round(medianOf(originalStored.map((one) => one.ssim_zoom)), 4),
    original_stored_ssim_whole_median: round(medianOf(originalStored.map((one) => one.ssim_whole)), 4),
    photos: photos.length,
    today_setting: { max_side: today.maxSide, type: today.type, quality: today.quality },
  };
  for (const summary of summaries) {
    const candidate = candidates.find((one) => one.name === summary.name)!;
    Object.assign(figures, {
      [`${summary.name}_setting`]: { max_side: candidate.maxSide, type: candidate.type, quality: candidate.quality },
      [`${summary.name}_kb_median`]: round(summary.kb_median, 1),
      [`${summary.name}_kb_p90`]: round(summary.kb_p90, 1),
      [`${summary.name}_kb_total`]: round(summary.kb_total, 1),
      [`${summary.name}_ratio_to_today`]: round(summary.ratio_to_today, 3),
      [`${summary.name}_slow_uplink_s_median`]: round(summary.slow_uplink_s_median, 2),
      [`${summary.name}_ssim_median`]: round(summary.ssim_zoom_median, 4),
      [`${summary.name}_ssim_whole_median`]: round(summary.ssim_whole_median, 4),
      [`${summary.name}_psnr_zoom_median`]: round(summary.psnr_zoom_median, 2),
      [`${summary.name}_stored_ssim_median`]: round(summary.stored_ssim_zoom_median, 4),
      [`${summary.name}_stored_ssim_whole_median`]: round(summary.stored_ssim_whole_median, 4),
      [`${summary.name}_ssim_delta_to_today_median`]: round(summary.ssim_zoom_delta_median, 4),
      [`${summary.name}_ssim_delta_to_today_worst`]: round(summary.ssim_zoom_delta_worst, 4),
      [`${summary.name}_stored_ssim_delta_to_today_median`]: round(summary.stored_ssim_zoom_delta_median, 4),
      [`${summary.name}_stored_ssim_delta_to_today_worst`]: round(summary.stored_ssim_zoom_delta_worst, 4),
      [`${summary.name}_browser_ms_median`]: round(summary.browser_ms_median, 0),
      [`${summary.name}_output_types`]: summary.types,
    });
  }
  Object.assign(figures, {
    notes: {
      ssim: `mean SSIM on BT.601 luma, ${SSIM_WINDOW}x${SSIM_WINDOW} windows every ${SSIM_STEP} px; <name>_ssim_median is the ${ZOOM_CROP_SIDE}px centre crop at the upload's size, _whole the whole upload`,
      ssim_delta: "<name>_*ssim_delta_to_today_*: per photo, the candidate's zoom SSIM minus today's on the same photo; median and worst (lowest) over the photos",
      stored: `<name>_stored_* score the server's ${SCREEN_SIDE}px SCREEN WebP (processPhoto) made from that upload against the original resized to the same size`,
      browser_ms: "time of downsizeForUpload in desktop headless Chromium on this machine: relative only, a phone is slower",
      slow_uplink: `seconds for the median upload at ${SLOW_UPLINK_KBIT_PER_S} kbit/s (Lighthouse slow-4G uplink), body only`,
    },
    cameras: photos,
    per_photo: perPhoto,
    photos_dir: photosDir,
    chromium: chromiumVersion,
    sharp: sharp.versions.sharp,
    vips: sharp.versions.vips,
    node: process.version,
    measured_at: new Date().toISOString(),
  });
  const resultsDir = path.join(repoRoot, "tests", "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, "upload-photos.json"), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(resultsDir, "upload-photos.json"))}`);
} finally {
  await browser.close();
}
