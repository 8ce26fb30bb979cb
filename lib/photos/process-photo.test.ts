// Every image here is made in the test with sharp, so the repository carries no binaries and
// each case states exactly what its input contains.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { processPhoto, storeProcessedPhoto, type ProcessedPhoto } from "@/lib/photos/process-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { exifHasGps, pngDeclaring } from "../../tests/support/photo-files";

const NOT_A_PHOTO = "This file is not a photo. Send a JPEG, PNG or WebP image.";
const DAMAGED = "This photo is damaged or incomplete. Try sending it again.";

/** Smooth gradients plus seeded per-pixel noise: compresses like a camera photo, not like a flat fill. */
function photoLikePixels(width: number, height: number, seed = 1, noise = 40): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3;
      const grain = (random() - 0.5) * noise;
      pixels[offset] = clamp((x / width) * 200 + 30 + grain);
      pixels[offset + 1] = clamp((y / height) * 180 + 40 + grain);
      pixels[offset + 2] = clamp(((x + y) % 97) + 90 + grain);
    }
  }
  return pixels;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

function photo(width: number, height: number, seed = 1, noise = 40) {
  return sharp(photoLikePixels(width, height, seed, noise), { raw: { width, height, channels: 3 } });
}



/** Mean RGB of a 10 × 10 patch (sharp's stats() would ignore the extract and measure the whole image). */
async function meanColour(image: Buffer, left: number, top: number): Promise<number[]> {
  const patch = await sharp(image).extract({ left, top, width: 10, height: 10 }).removeAlpha().raw().toBuffer();
  return [0, 1, 2].map((channel) => {
    let sum = 0;
    for (let offset = channel; offset < patch.length; offset += 3) sum += patch[offset] ?? 0;
    return sum / (patch.length / 3);
  });
}

async function expectRejection(promise: Promise<unknown>, code: "INVALID" | "TOO_LARGE", message?: string | RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  if (!(error instanceof AppError)) return;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}

function variantOf(processed: ProcessedPhoto, kind: "THUMB" | "SCREEN", format: "webp" | "jpeg") {
  const found = processed.variants.find((variant) => variant.kind === kind && variant.format === format);
  if (!found) throw new Error(`missing ${kind} ${format}`);
  return found;
}

describe("processPhoto: what comes out", () => {
  let jpegWithLocation: Buffer;
  let processed: ProcessedPhoto;

  beforeAll(async () => {
    // Stored 400 × 300 with a red block top-left; orientation 6 means "rotate 90° clockwise to view".
    const base = photoLikePixels(400, 300);
    for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) base.set([255, 0, 0], (y * 400 + x) * 3);
    jpegWithLocation = await sharp(base, { raw: { width: 400, height: 300, channels: 3 } })
      .jpeg({ quality: 90 })
      .withExif({
        IFD0: { Make: "LeakyCam", Model: "Phone 9", Artist: "Meena" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 58/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "77/1 35/1 0/1" },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
      .withMetadata({ orientation: 6 })
      .toBuffer();
    processed = await processPhoto(jpegWithLocation);
  });

  it("starts from an input that really carries location, orientation, XMP and ICC", async () => {
    const input = await sharp(jpegWithLocation).metadata();
    expect(input.orientation).toBe(6);
    expect(input.exif && exifHasGps(input.exif)).toBe(true);
    expect(input.xmp).toBeDefined();
    expect(input.icc).toBeDefined();
  });

  it("keeps no metadata at all in any variant", async () => {
    for (const variant of processed.variants) {
      const metadata = await sharp(variant.data).metadata();
      expect(metadata.exif, `${variant.kind} ${variant.format}`).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(variant.data.includes("LeakyCam")).toBe(false);
      expect(variant.data.includes("Meena")).toBe(false);
    }
  });

  it("applies the EXIF orientation to the pixels", async () => {
    expect([processed.width, processed.height]).toEqual([300, 400]);
    const screen = variantOf(processed, "SCREEN", "webp");
    expect([screen.width, screen.height]).toEqual([300, 400]);
    // Rotated clockwise, the stored top-left corner is now top-right.
    const [red = 0, green = 0, blue = 0] = await meanColour(screen.data, 280, 5);
    expect(red).toBeGreaterThan(230);
    expect(Math.max(green, blue)).toBeLessThan(30);
    expect((await meanColour(screen.data, 5, 5))[1]).toBeGreaterThan(60);
  });

  it("names every variant by the sha256 of its bytes and reports true sizes", async () => {
    for (const variant of processed.variants) {
      const extension = variant.format === "webp" ? "webp" : "jpg";
      expect(variant.key).toBe(`${createHash("sha256").update(variant.data).digest("hex")}.${extension}`);
      expect(variant.bytes).toBe(variant.data.length);
      const metadata = await sharp(variant.data).metadata();
      expect(metadata.format).toBe(variant.format);
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
    }
    expect(processed.contentHash).toBe(variantOf(processed, "SCREEN", "webp").key.replace(".webp", ""));
    expect(processed.variants.map((variant) => `${variant.kind}/${variant.format}`).sort()).toEqual([
      "SCREEN/jpeg",
      "SCREEN/webp",
      "THUMB/jpeg",
      "THUMB/webp",
    ]);
  });

  it("is deterministic, so a repeated upload maps to the same keys", async () => {
    const again = await processPhoto(jpegWithLocation);
    expect(again.variants.map((variant) => variant.key)).toEqual(processed.variants.map((variant) => variant.key));
  });

  it("gives a tiny WebP placeholder as a data URL", async () => {
    expect(processed.placeholder.startsWith("data:image/webp;base64,")).toBe(true);
    expect(processed.placeholder.length).toBeLessThan(600);
    const bytes = Buffer.from(processed.placeholder.split(",")[1] ?? "", "base64");
    const metadata = await sharp(bytes).metadata();
    expect(metadata.format).toBe("webp");
    expect(Math.max(metadata.width ?? 0, metadata.height ?? 0)).toBeLessThanOrEqual(16);
  });
});

describe("processPhoto: sizes", () => {
  it("fits a large photo in 1280 and 320 and keeps thumbnails under 20 KB", async () => {
    // Detail at the thumbnail's own scale (a busy print), which downscaling cannot average
    // away the way it averages per-pixel grain: the hard case for the thumbnail budget.
    const texture = photoLikePixels(300, 225, 7, 120);
    const input = await sharp(texture, { raw: { width: 300, height: 225, channels: 3 } })
      .resize({ width: 2400, height: 1800, kernel: "cubic" })
      .jpeg({ quality: 92 })
      .toBuffer();
    const processed = await processPhoto(input);
    expect([processed.width, processed.height]).toEqual([1280, 960]);
    const thumbs = processed.variants.filter((variant) => variant.kind === "THUMB");
    for (const thumb of thumbs) {
      expect([thumb.width, thumb.height]).toEqual([320, 240]);
      expect(thumb.bytes, `THUMB ${thumb.format}`).toBeLessThan(20 * 1024);
    }
    expect(processed.placeholder.length).toBeLessThan(600);
    // The medium size sits between them, in WebP only, and weighs less than the screen size.
    const medium = processed.variants.filter((variant) => variant.kind === "MEDIUM");
    expect(medium.map((variant) => [variant.format, variant.width, variant.height])).toEqual([["webp", 500, 375]]);
    const screenWebp = processed.variants.find((variant) => variant.kind === "SCREEN" && variant.format === "webp");
    expect(medium[0]!.bytes).toBeLessThan(screenWebp!.bytes / 2);
    // So does the large size (for 3x screens), heavier than the medium one.
    const large = processed.variants.filter((variant) => variant.kind === "LARGE");
    expect(large.map((variant) => [variant.format, variant.width, variant.height])).toEqual([["webp", 800, 600]]);
    expect(large[0]!.bytes).toBeGreaterThan(medium[0]!.bytes);
    expect(large[0]!.bytes).toBeLessThan(screenWebp!.bytes);
  });

  it("leaves the large size for later when asked, and makes the same one then", async () => {
    const input = await sharp(photoLikePixels(1600, 1200, 5), { raw: { width: 1600, height: 1200, channels: 3 } }).jpeg().toBuffer();
    const now = await processPhoto(input);
    const deferred = await processPhoto(input, { deferLarge: true });
    expect(deferred.variants.map((variant) => variant.kind).sort()).toEqual(["MEDIUM", "SCREEN", "SCREEN", "THUMB", "THUMB"]);
    const later = await deferred.makeDeferred();
    expect(later.map((variant) => [variant.kind, variant.format, variant.width, variant.height])).toEqual([["LARGE", "webp", 800, 600]]);
    expect(later[0]!.key).toBe(now.variants.find((variant) => variant.kind === "LARGE")!.key);
    expect(await now.makeDeferred()).toEqual([]);
  });

  it("stores a medium size but no large one for a photo between them", async () => {
    const input = await sharp(photoLikePixels(720, 540, 3), { raw: { width: 720, height: 540, channels: 3 } }).jpeg().toBuffer();
    const processed = await processPhoto(input);
    expect(processed.variants.map((variant) => variant.kind).sort()).toEqual(["MEDIUM", "SCREEN", "SCREEN", "THUMB", "THUMB"]);
  });

  it("stores no medium size for a photo no bigger than it: the screen size is that photo", async () => {
    const input = await sharp(photoLikePixels(480, 360, 3), { raw: { width: 480, height: 360, channels: 3 } }).jpeg().toBuffer();
    const processed = await processPhoto(input);
    expect(processed.variants.map((variant) => variant.kind).sort()).toEqual(["SCREEN", "SCREEN", "THUMB", "THUMB"]);
  });

  it("keeps the thumbnail budget even for pure noise, the worst case an encoder can get", async () => {
    // At 320 × 240 no resize averages the noise away: the thumbnail gets every random pixel.
    const width = 320;
    const height = 240;
    const noise = Buffer.alloc(width * height * 3);
    let state = 11;
    for (let index = 0; index < noise.length; index++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      noise[index] = state >>> 24;
    }
    const raw = { raw: { width, height, channels: 3 as const } };
    const input = await sharp(noise, raw).png().toBuffer();
    // Precondition: at the usual settings this thumbnail is over budget, so the step-down must run.
    expect((await sharp(noise, raw).webp({ quality: 70, effort: 2 }).toBuffer()).length).toBeGreaterThan(20 * 1024);
    expect((await sharp(noise, raw).jpeg({ quality: 72 }).toBuffer()).length).toBeGreaterThan(20 * 1024);
    const processed = await processPhoto(input);
    for (const format of ["webp", "jpeg"] as const) {
      const thumb = variantOf(processed, "THUMB", format);
      expect(thumb.bytes, `THUMB ${format}`).toBeLessThan(20 * 1024);
      const metadata = await sharp(thumb.data).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual([format, 320, 240]);
    }
  });

  it("never enlarges a small photo", async () => {
    const processed = await processPhoto(await photo(200, 100).png().toBuffer());
    for (const variant of processed.variants) expect([variant.width, variant.height]).toEqual([200, 100]);
  });
});

/** A plain weave (threads 2 px wide crossing over and under) with yarn noise on a gradient: cloth at 1:1. */
function fabricPixels(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  let state = 3;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const thread = (((x >> 1) & 1) ^ ((y >> 1) & 1) ? 8 : -8) + (random() - 0.5) * 16;
      pixels.set([clamp(150 + (x / width) * 60 + thread), clamp(60 + (y / height) * 40 + thread), clamp(70 + thread)], (y * width + x) * 3);
    }
  }
  return pixels;
}

/** Green channel minus its 3 × 3 mean: the fine detail that encoders quantise away first. */
function detail(pixels: Buffer, width: number, height: number, channels: number): Float64Array {
  const out = new Float64Array((width - 2) * (height - 2));
  let index = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += pixels[((y + dy) * width + x + dx) * channels + 1] ?? 0;
      out[index++] = (pixels[(y * width + x) * channels + 1] ?? 0) - sum / 9;
    }
  }
  return out;
}

/** How much of the source's detail the encoded image still carries (1 = all of it, 0 = smoothed flat). */
async function detailKept(source: Float64Array, encoded: Buffer): Promise<number> {
  const { data, info } = await sharp(encoded).raw().toBuffer({ resolveWithObject: true });
  const decoded = detail(data, info.width, info.height, info.channels);
  let along = 0;
  let norm = 0;
  for (let index = 0; index < source.length; index++) {
    along += (source[index] ?? 0) * (decoded[index] ?? 0);
    norm += (source[index] ?? 0) ** 2;
  }
  return along / norm;
}

describe("processPhoto: fabric texture", () => {
  // Measured with libwebp 1.6: WebP keeps 0.90 of this detail at quality 80, 0.85 at 75, 0.81 at
  // 70 and 0.75 at 60; JPEG keeps 0.83 at 80 and 0.77 at 70. The thresholds sit between "still
  // shows the weave" and "a buyer cannot judge the cloth", whatever effort makes it fast.
  const width = 1280;
  const height = 960;
  const source = fabricPixels(width, height);
  const sourceDetail = detail(source, width, height, 3);

  it("keeps the weave of the cloth in both SCREEN variants", async () => {
    const processed = await processPhoto(await sharp(source, { raw: { width, height, channels: 3 } }).png().toBuffer());
    expect(await detailKept(sourceDetail, variantOf(processed, "SCREEN", "webp").data)).toBeGreaterThan(0.83);
    expect(await detailKept(sourceDetail, variantOf(processed, "SCREEN", "jpeg").data)).toBeGreaterThan(0.8);
  });

  it("measures a lower quality as losing it, so the check above can fail", async () => {
    const raw = { raw: { width, height, channels: 3 as const } };
    expect(await detailKept(sourceDetail, await sharp(source, raw).webp({ quality: 60, effort: 0 }).toBuffer())).toBeLessThan(0.83);
    expect(await detailKept(sourceDetail, await sharp(source, raw).jpeg({ quality: 65 }).toBuffer())).toBeLessThan(0.8);
  });
});

describe("processPhoto: accepted formats", () => {
  it("accepts PNG, flattening transparency onto white", async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const processed = await processPhoto(png);
    expect(Math.min(...(await meanColour(variantOf(processed, "SCREEN", "jpeg").data, 20, 20)))).toBeGreaterThan(245);
  });

  it("accepts WebP", async () => {
    const processed = await processPhoto(await photo(300, 200).webp().toBuffer());
    expect([processed.width, processed.height]).toEqual([300, 200]);
  });

  it("accepts AVIF, which this sharp build decodes", async () => {
    const processed = await processPhoto(await photo(64, 64).avif({ effort: 0 }).toBuffer());
    expect(processed.variants).toHaveLength(4);
  });
});

describe("processPhoto: refusals", () => {
  it("refuses an empty file", async () => {
    await expectRejection(processPhoto(Buffer.alloc(0)), "INVALID", /empty/);
  });

  it("refuses text named like a photo", async () => {
    await expectRejection(processPhoto(Buffer.from("IMG_2041.jpg is definitely a photo, trust me")), "INVALID", NOT_A_PHOTO);
  });

  it("refuses SVG without handing it to a renderer", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    await expectRejection(processPhoto(svg), "INVALID", NOT_A_PHOTO);
    await expectRejection(processPhoto(Buffer.concat([Buffer.from('<?xml version="1.0"?>\n'), svg])), "INVALID", NOT_A_PHOTO);
  });

  it("refuses GIF", async () => {
    await expectRejection(processPhoto(await photo(20, 20).gif().toBuffer()), "INVALID", NOT_A_PHOTO);
  });

  it("refuses an ISO media file that is a video, not HEIF", async () => {
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypmp42", "latin1"), Buffer.alloc(32)]);
    await expectRejection(processPhoto(mp4), "INVALID", NOT_A_PHOTO);
  });

  it("refuses a truncated JPEG as damaged", async () => {
    const jpeg = await photo(600, 400).jpeg().toBuffer();
    await expectRejection(processPhoto(jpeg.subarray(0, Math.floor(jpeg.length / 2))), "INVALID", DAMAGED);
  });

  it("refuses a JPEG whose header is cut off", async () => {
    await expectRejection(processPhoto(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])), "INVALID", DAMAGED);
  });

  it("refuses 30000 × 30000 pixels from the header, before decoding", async () => {
    const bomb = pngDeclaring(30_000, 30_000);
    expect(bomb.length).toBeLessThan(100);
    await expectRejection(processPhoto(bomb), "TOO_LARGE", /30000 × 30000 pixels.*40 megapixels/);
  });

  it("refuses a photo above a configured pixel limit", async () => {
    await expectRejection(processPhoto(await photo(300, 200).png().toBuffer(), { maxPixels: 50_000 }), "TOO_LARGE", /pixels/);
  });

  it("refuses files over the byte limit before looking inside", async () => {
    const jpeg = await photo(300, 200).jpeg().toBuffer();
    await expectRejection(processPhoto(jpeg, { maxBytes: 10 * 1024 }), "TOO_LARGE", /^This photo is too large \(\d+ KB\)\. The limit is 10 KB\.$/);
    // Zeros: the size check must come first, so even a non-image reports its size, not its type.
    await expectRejection(processPhoto(Buffer.alloc(15 * 1024 * 1024 + 1)), "TOO_LARGE", "This photo is too large (15.1 MB). The limit is 15 MB.");
  });
});

describe("storeProcessedPhoto with LocalDiskStorage", () => {
  let root: string;
  let storage: LocalDiskStorage;
  let processed: ProcessedPhoto;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "chatalog-photos-"));
    storage = new LocalDiskStorage(root);
    processed = await processPhoto(await photo(500, 400).jpeg().toBuffer());
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("stores every variant under a two-character shard and reads it back", async () => {
    await storeProcessedPhoto(processed, storage);
    await storeProcessedPhoto(processed, storage); // idempotent
    for (const variant of processed.variants) {
      expect(await storage.has(variant.key)).toBe(true);
      expect((await storage.get(variant.key))?.equals(variant.data)).toBe(true);
      expect(storage.pathFor(variant.key)).toBe(path.join(root, variant.key.slice(0, 2), variant.key));
    }
    const leftovers = (await Promise.all((await readdir(root)).map((shard) => readdir(path.join(root, shard))))).flat();
    expect(leftovers.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("answers null and false for a key never stored", async () => {
    const missing = `${"0".repeat(64)}.webp`;
    expect(await storage.get(missing)).toBeNull();
    expect(await storage.has(missing)).toBe(false);
  });

  it("refuses keys that could name any other file", async () => {
    const good = "a".repeat(64);
    for (const key of ["../../etc/passwd", `${good}.png`, `${good.toUpperCase()}.webp`, `../${good}.webp`, `${good}.webp/..`, `${good}.webp\0`, ""]) {
      await expectRejection(storage.get(key), "INVALID");
      await expectRejection(storage.has(key), "INVALID");
      await expectRejection(storage.put(key, Buffer.from("x")), "INVALID");
    }
  });

  it("shares one storage per process", () => {
    expect(getPhotoStorage()).toBe(getPhotoStorage());
  });
});
