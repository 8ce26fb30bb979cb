// The server side of a photo upload: trust nothing about the bytes, keep nothing but pixels.
// Phones already downsize before upload (see DESIGN.md "Photos"), so this mostly re-encodes
// a ~2000px JPEG into the sizes the chat shows, under content-addressed keys.
import { createHash } from "node:crypto";
import sharp, { type Metadata, type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_PHOTO_BYTES } from "@/lib/limits";
import type { PhotoStorage } from "@/lib/storage/photo-storage";

export type PhotoVariantKind = "THUMB" | "MEDIUM" | "LARGE" | "SCREEN";
export type PhotoVariantFormat = "webp" | "jpeg";

export interface ProcessedPhotoVariant {
  kind: PhotoVariantKind;
  format: PhotoVariantFormat;
  /** sha256 of `data` in hex plus ".webp" or ".jpg": the storage key. */
  key: string;
  width: number;
  height: number;
  bytes: number;
  data: Buffer;
}

export interface ProcessedPhoto {
  /** Size of the largest stored variant (SCREEN), upright: what a viewer can actually show. */
  width: number;
  height: number;
  /** A ~16px WebP as a data URL, painted while the thumbnail loads. */
  placeholder: string;
  /** sha256 hex of the SCREEN WebP; the same upload always gives the same hash. */
  contentHash: string;
  variants: ProcessedPhotoVariant[];
  /** The sizes left for later (`deferLarge`): made when called, none when nothing was left. */
  makeDeferred: () => Promise<ProcessedPhotoVariant[]>;
}

export interface ProcessPhotoOptions {
  /** Default 15 MB: a phone photo straight from the camera fits; anything bigger is not a photo we want. */
  maxBytes?: number;
  /** Default 40 MP: above any phone camera, far below what would exhaust memory on decode. */
  maxPixels?: number;
  /** Leave the 800 px size to `makeDeferred`, after the upload has answered: it is ~17 ms of
   * resizing and encoding on a 2048 px photo, a quarter more than all the rest (bench:photos). */
  deferLarge?: boolean;
}

export const DEFAULT_MAX_PHOTO_BYTES = MAX_PHOTO_BYTES;
export const DEFAULT_MAX_PHOTO_PIXELS = 40_000_000;

export const SCREEN_SIDE = 1280;
const THUMB_SIDE = 320;
/** Between the two: a half-width catalog tile on a 2x phone (195 CSS px wide = 390 px; a 4:5
 * portrait 500 px tall is 400 wide) would otherwise download the 1280 px variant, about four
 * times the pixels it can show (bench:images). */
export const MEDIUM_SIDE = 500;
/** The same tile on the common 1080 px-wide phones (2.625-2.75x: 512-536 px) and on 3x ones
 * (585 px): a 3:4 portrait 800 px tall is 600 wide. Without it they took the 1280 px variant,
 * the first screen of the demo catalog 597 KB at 3x against 97 KB at 2x (bench:images). */
export const LARGE_SIDE = 800;
const PLACEHOLDER_SIDE = 16;

// Encoder settings, measured on one core with `npm run bench:photos` (textured 2048 px uploads,
// 1280 px SCREEN). WebP effort changes how hard the encoder searches, not how much detail it
// keeps: at quality 80 the error against the source is the same at effort 0 and 4 (±0.05 dB).
// SCREEN: effort 0 is ~19 ms against ~24 ms at effort 1 and ~90 ms at the default 4, for ~5%
// more bytes than effort 1 (~45 KB). The upload must feel instant, and quality stays at 80 so
// the weave of the fabric survives; never go below 75.
export const SCREEN_WEBP_OPTIONS = { quality: 80, effort: 0 } as const;
// The JPEG is only a fallback for old browsers: no Huffman optimisation (half the time, +10% bytes).
const SCREEN_JPEG_OPTIONS = { quality: 80, optimiseCoding: false } as const;
// MEDIUM: WebP only (every browser that draws the grid reads WebP; the JPEG fallback keeps the
// thumbnail and the screen size), at the thumbnail's effort, between their qualities.
const MEDIUM_WEBP_OPTIONS = { quality: 75, effort: 2 } as const;
// LARGE: the medium's quality at the screen size's effort 0 (8.7 ms against 12.8 at effort 2 for
// an 800 px photo on this machine). Uploads make it after answering (deferLarge).
const LARGE_WEBP_OPTIONS = { quality: 75, effort: 0 } as const;
// THUMB: effort 2 is ~2.6 ms against ~6 ms at 4, for ~5% more bytes on a 3–8 KB file. Only a
// thumbnail over its byte budget (a busy print) is encoded again, smaller and at effort 4.
const THUMB_WEBP_QUALITY = 70;
const THUMB_WEBP_EFFORT = 2;
const THUMB_WEBP_RETRY_EFFORT = 4;
const THUMB_JPEG_QUALITY = 72;
/** A grid of 20 thumbnails should load over a weak 3G link in a few seconds. */
const THUMB_BUDGET_BYTES = 20 * 1024;

const MESSAGES = {
  empty: "This file is empty. Try sending the photo again.",
  notPhoto: "This file is not a photo. Send a JPEG, PNG or WebP image.",
  damaged: "This photo is damaged or incomplete. Try sending it again.",
  heicUnsupported: "This HEIC photo could not be read. Send it as a JPEG: pick it from your gallery in Chatalog, or share it as \"Most compatible\".",
} as const;

type SniffedFormat = "jpeg" | "png" | "webp" | "heif";

/**
 * Validates an upload by its content and turns it into the stored variants. Throws AppError
 * INVALID (not a photo, damaged) or TOO_LARGE (bytes, pixels) with a message fit for the user.
 */
export async function processPhoto(input: Buffer, opts: ProcessPhotoOptions = {}): Promise<ProcessedPhoto> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PHOTO_BYTES;
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PHOTO_PIXELS;

  if (input.length === 0) throw new AppError("INVALID", MESSAGES.empty);
  if (input.length > maxBytes) {
    const size = formatSize(input.length, "up");
    const limit = formatSize(maxBytes, "down");
    throw new AppError("TOO_LARGE", `This photo is too large (${size}). The limit is ${limit}.`, { key: "photoTooLargeWithSize", values: { size, limit } });
  }

  // Magic bytes first, so SVG (scripts, external references), GIF, PDF, TIFF and the rest never
  // reach a libvips loader at all; the file name and declared type are not even looked at.
  const sniffed = sniffFormat(input);
  if (!sniffed) throw new AppError("INVALID", MESSAGES.notPhoto);

  const header = await readHeader(input, sniffed);
  if (header.width * header.height > maxPixels) {
    const limit = Math.round(maxPixels / 1_000_000);
    // Width and height go as text: a number would be said with grouping (30,000), unlike the English.
    throw new AppError("TOO_LARGE", `This photo is too big (${header.width} × ${header.height} pixels). The limit is ${limit} megapixels.`, {
      key: "photoTooManyPixels",
      values: { width: String(header.width), height: String(header.height), limit },
    });
  }

  const screen = await decodeToScreenPixels(input, sniffed, maxPixels);
  return encodeVariants(screen, opts.deferLarge ?? false);
}

/** Puts every variant; content-addressed keys make a repeated upload free. */
export async function storeProcessedPhoto(processed: ProcessedPhoto, storage: PhotoStorage): Promise<void> {
  await Promise.all(processed.variants.map((variant) => storage.put(variant.key, variant.data)));
}

function sniffFormat(bytes: Buffer): SniffedFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") return "webp";
  // ISO base media file: HEIC from iPhones, AVIF. Other ftyp files (MP4, MOV) are refused here.
  if (bytes.length >= 12 && bytes.toString("latin1", 4, 8) === "ftyp" && HEIF_BRANDS.has(bytes.toString("latin1", 8, 12))) return "heif";
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HEIF_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"]);

/** Header only (no pixel decode): cheap enough to run before the pixel limit is known to hold. */
async function readHeader(input: Buffer, sniffed: SniffedFormat): Promise<{ width: number; height: number }> {
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError("INVALID", sniffed === "heif" ? MESSAGES.heicUnsupported : MESSAGES.damaged);
  }
  // A polyglot whose loader disagrees with its magic bytes is not a photo we accept.
  if (metadata.format !== sniffed) throw new AppError("INVALID", MESSAGES.notPhoto);
  if (!metadata.width || !metadata.height) throw new AppError("INVALID", MESSAGES.damaged);
  return { width: metadata.width, height: metadata.height };
}

interface RawPixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/**
 * The one decode. Shrink-on-load makes a big JPEG cheap, and going through raw pixels means
 * no EXIF, GPS, XMP, IPTC or ICC block can survive into any variant, whatever sharp's defaults.
 */
async function decodeToScreenPixels(input: Buffer, sniffed: SniffedFormat, maxPixels: number): Promise<RawPixels> {
  try {
    // failOn "error": truncated or corrupt data aborts, but the harmless libjpeg warnings some
    // Android cameras trigger ("extraneous bytes before marker") do not reject a good photo.
    // limitInputPixels repeats the header check inside libvips, before any pixel is decoded.
    const { data, info } = await sharp(input, { failOn: "error", limitInputPixels: maxPixels, autoOrient: true })
      .resize({ width: SCREEN_SIDE, height: SCREEN_SIDE, fit: "inside", withoutEnlargement: true })
      // Transparent PNGs get the white of a product-photo backdrop; JPEG has no alpha anyway.
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError("TOO_LARGE", "This photo has too many pixels to process.");
    }
    throw new AppError("INVALID", sniffed === "heif" ? MESSAGES.heicUnsupported : MESSAGES.damaged);
  }
}

async function encodeVariants(screen: RawPixels, deferLarge: boolean): Promise<ProcessedPhoto> {
  const encodeLarge = () => largeVariants(screen);
  // Independent branches, so with a second core the screen encodes overlap the smaller sizes.
  const [[screenWebp, screenJpeg], { thumb, thumbWebp, thumbJpeg, placeholder }, medium, large] = await Promise.all([
    Promise.all([
      fromRaw(screen).webp(SCREEN_WEBP_OPTIONS).toBuffer(),
      fromRaw(screen).jpeg(SCREEN_JPEG_OPTIONS).toBuffer(),
    ]),
    encodeThumbnails(screen),
    encodeBetween(screen, MEDIUM_SIDE, MEDIUM_WEBP_OPTIONS),
    deferLarge ? [] : encodeLarge(),
  ]);

  const variants = [
    variant("THUMB", "webp", thumb, thumbWebp),
    variant("THUMB", "jpeg", thumb, thumbJpeg),
    // A photo no bigger than the medium (or large) side needs no such size: the screen size is that photo.
    ...(medium ? [variant("MEDIUM", "webp", medium.pixels, medium.webp)] : []),
    ...large,
    variant("SCREEN", "webp", screen, screenWebp),
    variant("SCREEN", "jpeg", screen, screenJpeg),
  ];
  return {
    width: screen.width,
    height: screen.height,
    placeholder: `data:image/webp;base64,${placeholder.toString("base64")}`,
    contentHash: sha256Hex(screenWebp),
    variants,
    // Keeps the screen-size pixels (~4 MB) until called: the upload calls it as soon as it answers.
    makeDeferred: deferLarge ? encodeLarge : async () => [],
  };
}

/** The 800 px size of a photo stored before that size existed, made from its stored screen size
 * (lib/cli/add-photo-sizes.ts). Null when the photo is no bigger than it. */
export async function largeVariantFromScreen(screenImage: Buffer): Promise<ProcessedPhotoVariant | null> {
  const { data, info } = await sharp(screenImage).raw().toBuffer({ resolveWithObject: true });
  const [large] = await largeVariants({ data, width: info.width, height: info.height, channels: info.channels });
  return large ?? null;
}

/** The 800 px size, or none for a photo no bigger than it. */
async function largeVariants(screen: RawPixels): Promise<ProcessedPhotoVariant[]> {
  const large = await encodeBetween(screen, LARGE_SIDE, LARGE_WEBP_OPTIONS);
  return large ? [variant("LARGE", "webp", large.pixels, large.webp)] : [];
}

/** A variant as its PhotoVariant row (without the photo, which the caller knows). */
export function variantRow({ kind, format, key, width, height, bytes }: ProcessedPhotoVariant) {
  return { kind, format, storageKey: key, width, height, bytes };
}

/** A WebP size between the thumbnail and the screen size, `side` px on the long side. */
async function encodeBetween(screen: RawPixels, side: number, options: { quality: number; effort: number }): Promise<{ pixels: RawPixels; webp: Buffer } | null> {
  if (Math.max(screen.width, screen.height) <= side) return null;
  const pixels = await resizeRaw(screen, side);
  return { pixels, webp: await fromRaw(pixels).webp(options).toBuffer() };
}

async function encodeThumbnails(screen: RawPixels) {
  const thumb = await resizeRaw(screen, THUMB_SIDE);
  const [thumbWebp, thumbJpeg, placeholder] = await Promise.all([
    encodeWithinBudget(
      thumb,
      (image, quality, retry) => image.webp({ quality, effort: retry ? THUMB_WEBP_RETRY_EFFORT : THUMB_WEBP_EFFORT }).toBuffer(),
      THUMB_WEBP_QUALITY,
    ),
    encodeWithinBudget(thumb, (image, quality) => image.jpeg({ quality }).toBuffer(), THUMB_JPEG_QUALITY),
    fromRaw(thumb)
      .resize({ width: PLACEHOLDER_SIDE, height: PLACEHOLDER_SIDE, fit: "inside" })
      .webp({ quality: 40, effort: 6 })
      .toBuffer(),
  ]);
  return { thumb, thumbWebp, thumbJpeg, placeholder };
}

function fromRaw(pixels: RawPixels): Sharp {
  return sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
}

async function resizeRaw(pixels: RawPixels, side: number): Promise<RawPixels> {
  const { data, info } = await fromRaw(pixels)
    .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/**
 * Thumbnails of busy prints can exceed the budget at the usual quality: step the quality down
 * (on this rare path WebP may also search harder) until one fits, rather than ship them heavy.
 * What is still over budget at the lowest step is noise-like detail no one can see at 320 px,
 * so it is softened until it fits: the budget holds for any input.
 */
async function encodeWithinBudget(thumb: RawPixels, encode: (image: Sharp, quality: number, retry: boolean) => Promise<Buffer>, quality: number): Promise<Buffer> {
  let output = await encode(fromRaw(thumb), quality, false);
  const lowest = quality - 45;
  for (let lower = quality - 15; output.length >= THUMB_BUDGET_BYTES && lower >= lowest; lower -= 15) {
    output = await encode(fromRaw(thumb), lower, true);
  }
  for (const sigma of [1, 2, 4, 8]) {
    if (output.length < THUMB_BUDGET_BYTES) break;
    output = await encode(fromRaw(thumb).blur(sigma), lowest, true);
  }
  return output;
}

function variant(kind: PhotoVariantKind, format: PhotoVariantFormat, size: RawPixels, data: Buffer): ProcessedPhotoVariant {
  const extension = format === "webp" ? "webp" : "jpg";
  return { kind, format, key: `${sha256Hex(data)}.${extension}`, width: size.width, height: size.height, bytes: data.length, data };
}

function sha256Hex(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Rounded away from the limit, so a file just over it never reads as "15 MB, limit 15 MB". */
function formatSize(bytes: number, round: "up" | "down"): string {
  const toTenths = round === "up" ? Math.ceil : Math.floor;
  if (bytes >= 1024 * 1024) return `${toTenths((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${toTenths(bytes / 1024)} KB`;
}
