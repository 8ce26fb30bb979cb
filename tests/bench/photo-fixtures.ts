// Photo-like inputs for `npm run bench:photos`, drawn rather than committed and cached under
// tests/.tmp/bench-photos. Flat vector art compresses far better than a camera photo and would
// flatter every size and speed figure, so each scene (lib/demo/garment-photo.ts: a kurta on a
// hanger, gradients, a print) gets a fine woven texture and per-channel sensor noise on top.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { mulberry32, renderGarmentPhoto, type GarmentPattern } from "@/lib/demo/garment-photo";

export type PhotoClass = "camera" | "phone";

export interface PhotoFixture {
  name: string;
  photoClass: PhotoClass;
  /** Stored pixel size (before EXIF orientation). */
  width: number;
  height: number;
  /** EXIF orientation tag, 1 when upright or absent. */
  orientation: number;
  data: Buffer;
}

/** Bump when the drawing changes, so stale cached files are not measured. */
const FIXTURE_VERSION = 1;
const CAMERA_LONG = 4000;
const CAMERA_SHORT = 3000;
/** What the upload page asks the browser for: longest side 2048, JPEG at 0.8. */
export const BROWSER_LONG_SIDE = 2048;
export const BROWSER_JPEG_QUALITY = 80;

const PATTERNS: readonly GarmentPattern[] = ["paisley", "checks", "floral", "stripes", "dots", "plain"];
const COLOURS: ReadonlyArray<[string, string]> = [
  ["#b03a48", "#f2c14e"],
  ["#1f5f8b", "#f4f1de"],
  ["#2d6a4f", "#e9c46a"],
  ["#6d597a", "#e56b6f"],
  ["#f4a261", "#264653"],
  ["#8d0801", "#ffd6a5"],
  ["#3d405b", "#81b29a"],
  ["#e07a5f", "#3d405b"],
];

/**
 * `count` camera originals (4000 × 3000 stored, JPEG q92, EXIF with GPS; every other one a
 * portrait shot stored sideways with orientation 6, as phone cameras write them) and `count`
 * phone uploads (other scenes, passed through `simulateBrowserDownsize`). Seeds never repeat, so
 * every fixture is a different design.
 */
export async function loadPhotoFixtures(repoRoot: string, count: number, log: (line: string) => void): Promise<PhotoFixture[]> {
  const dir = path.join(repoRoot, "tests", ".tmp", "bench-photos", `v${FIXTURE_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const fixtures: PhotoFixture[] = [];
  for (const photoClass of ["camera", "phone"] as const) {
    for (let index = 0; index < count; index++) {
      const name = `${photoClass}-${String(index + 1).padStart(2, "0")}`;
      const file = path.join(dir, `${name}.jpg`);
      if (!existsSync(file)) {
        const started = performance.now();
        const seed = (photoClass === "camera" ? 1 : 1001) + index;
        const camera = await renderCameraPhoto(seed, index % 2 === 0 ? "portrait" : "landscape");
        writeFileSync(file, photoClass === "camera" ? camera : await simulateBrowserDownsize(camera));
        log(`  generated ${path.relative(repoRoot, file)} in ${Math.round(performance.now() - started)} ms`);
      }
      const data = readFileSync(file);
      const metadata = await sharp(data).metadata();
      fixtures.push({ name, photoClass, width: metadata.width, height: metadata.height, orientation: metadata.orientation ?? 1, data });
    }
  }
  return fixtures;
}

/**
 * A Node stand-in for the browser step (createImageBitmap with EXIF orientation applied, draw on
 * a canvas with the longest side at 2048, canvas.toBlob("image/jpeg", 0.8)): browsers encode with
 * libjpeg-turbo at 4:2:0 without trellis quantisation and write no metadata.
 */
export async function simulateBrowserDownsize(camera: Buffer): Promise<Buffer> {
  return sharp(camera, { autoOrient: true })
    .resize({ width: BROWSER_LONG_SIDE, height: BROWSER_LONG_SIDE, fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: BROWSER_JPEG_QUALITY, chromaSubsampling: "4:2:0", mozjpeg: false, optimiseCoding: true })
    .toBuffer();
}

async function renderCameraPhoto(seed: number, shape: "portrait" | "landscape"): Promise<Buffer> {
  const [colour, accent] = COLOURS[seed % COLOURS.length] ?? ["#b03a48", "#f2c14e"];
  const [width, height] = shape === "portrait" ? [CAMERA_SHORT, CAMERA_LONG] : [CAMERA_LONG, CAMERA_SHORT];
  const scene = await renderGarmentPhoto({ seed, colour, accent, pattern: PATTERNS[seed % PATTERNS.length] ?? "plain", width, height });
  const { data, info } = await sharp(scene).raw().toBuffer({ resolveWithObject: true });
  addWeaveAndSensorNoise(data, info.width, info.height, info.channels, seed);
  let pixels = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  let orientation = 1;
  if (shape === "portrait") {
    // The sensor is landscape: the pixels are stored turned 90° anticlockwise and the EXIF tag
    // says "rotate 90° clockwise to view".
    const turned = await pixels.rotate(270).raw().toBuffer({ resolveWithObject: true });
    pixels = sharp(turned.data, { raw: { width: turned.info.width, height: turned.info.height, channels: turned.info.channels } });
    orientation = 6;
  }
  return pixels
    .jpeg({ quality: 92, chromaSubsampling: "4:2:0", mozjpeg: false })
    .withExif({
      IFD0: { Make: "BenchCam", Model: "Phone 12MP", Software: "bench-photos" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 10/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "72/1 49/1 0/1" },
    })
    .withMetadata({ orientation })
    .toBuffer();
}

/**
 * Threads about 6 px apart crossing over and under (a plain weave whose phase drifts, so it is
 * not a perfect grid an encoder could learn), yarn that is a little thicker or thinner from
 * thread to thread, and independent noise per channel like a phone sensor at indoor light.
 * Applied in place with a clamped view.
 */
function addWeaveAndSensorNoise(pixels: Buffer, width: number, height: number, channels: number, seed: number): void {
  const random = mulberry32(seed * 7919 + 17);
  const clamped = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length);
  const noise = new Int8Array(1 << 16);
  for (let index = 0; index < noise.length; index++) noise[index] = Math.round((random() + random() + random() - 1.5) * 6);
  const yarn = (threads: number) => Int8Array.from({ length: threads }, () => Math.round((random() - 0.5) * 10));
  const warp = yarn(Math.ceil(width / 3));
  const weft = yarn(Math.ceil(height / 3));
  let noiseAt = Math.floor(random() * noise.length);
  for (let y = 0; y < height; y++) {
    const drift = Math.floor(y / 97) % 6;
    const thread = Math.floor(y / 3);
    const weftYarn = weft[thread] ?? 0;
    let offset = y * width * channels;
    for (let x = 0; x < width; x++) {
      const column = Math.floor((x + drift) / 3);
      const over = (column & 1) ^ (thread & 1);
      const texture = (over ? 7 : -7) + (over ? (warp[column] ?? 0) : weftYarn);
      for (let channel = 0; channel < channels; channel++, offset++) {
        // A prime stride through the table keeps the noise from repeating on a visible grid.
        noiseAt = (noiseAt + 7919) & 0xffff;
        clamped[offset] = (clamped[offset] ?? 0) + texture + (noise[noiseAt] ?? 0);
      }
    }
  }
}

