// Real image files for upload tests, made with sharp at test time: a camera JPEG stored sideways
// with an EXIF orientation and a GPS block, a PNG with transparency, a WebP, and the bad inputs
// the pipeline must refuse. Nothing here is mocked; every file is what a phone could send.
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/** Colour of the marker block drawn at the stored top-left corner of the camera JPEG. */
export const MARKER_RGB = [220, 20, 20] as const;

/**
 * A 12 MP JPEG as a phone camera writes a portrait shot: pixels stored landscape (4000 × 3000)
 * with EXIF Orientation 6 (turn 90° clockwise to view), a GPS location, and a red block at the
 * stored top-left, which an upright image shows at its top-right.
 */
export async function cameraJpegWithGps(options: { width?: number; height?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 4000;
  const height = options.height ?? 3000;
  const marker = Math.round(height / 4);
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .composite([
      { input: { create: { width: marker, height: marker, channels: 3, background: { r: MARKER_RGB[0], g: MARKER_RGB[1], b: MARKER_RGB[2] } } }, left: 0, top: 0 },
      { input: await stripes(width, Math.round(height / 3)), left: 0, top: height - Math.round(height / 3) },
    ])
    .jpeg({ quality: 88 })
    .withExif({
      IFD0: { Make: "TestPhone", Model: "Camera 12MP" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 10/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "72/1 49/1 1200/100" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Some texture, so encoders have real work and sizes look like a photo rather than a flat fill. */
async function stripes(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><pattern id="p" width="24" height="24" patternUnits="userSpaceOnUse"><rect width="12" height="24" fill="#f2c14e"/><rect x="12" width="12" height="24" fill="#8d0801"/></pattern></defs><rect width="100%" height="100%" fill="url(#p)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A product cut-out with a transparent background (the pipeline flattens it onto white). */
export async function transparentPng(width = 900, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: Math.round(width / 2), height: Math.round(height / 2), channels: 4, background: { r: 30, g: 120, b: 60, alpha: 1 } } }, left: Math.round(width / 4), top: Math.round(height / 4) }])
    .png()
    .toBuffer();
}

export async function webpPhoto(width = 1000, height = 1000, colour = { r: 120, g: 40, b: 110 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: await stripes(width, Math.round(height / 2)), left: 0, top: 0 }])
    .webp({ quality: 85 })
    .toBuffer();
}

/** A small, distinct JPEG per seed: cheap to process, different content hash every time. */
export async function smallJpeg(seed: number, width = 480, height = 600): Promise<Buffer> {
  const colour = { r: (seed * 67) % 256, g: (seed * 131) % 256, b: (seed * 29) % 256 };
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: await stripes(width, Math.round(height / 3)), left: 0, top: (seed * 7) % Math.round(height / 2) }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A real JPEG with its second half missing, as an interrupted upload leaves it. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await cameraJpegWithGps({ width: 1600, height: 1200 });
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

export function textFileNamedJpg(): Buffer {
  return Buffer.from("Order list for Friday:\nD-0142 red 3 sets\nD-0143 navy 2 sets\n", "utf8");
}

export function svgImage(): Buffer {
  return Buffer.from(
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><script>alert(1)</script><rect width="800" height="800" fill="red"/></svg>`,
    "utf8",
  );
}

/**
 * A valid PNG of a few hundred bytes whose header declares width × height pixels (a
 * decompression bomb's shape). Its pixel data is never allocated: the single IDAT holds one row.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const firstRow = deflateSync(Buffer.alloc(1 + Math.min(width, 64)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", firstRow), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 16 × 16 JPEG whose frame header (SOF0) is rewritten to declare width × height. */
export async function jpegDeclaring(width: number, height: number): Promise<Buffer> {
  const jpeg = Buffer.from(await sharp({ create: { width: 16, height: 16, channels: 3, background: "#888888" } }).jpeg({ optimiseCoding: false, progressive: false }).toBuffer());
  for (let offset = 2; offset + 9 < jpeg.length; ) {
    if (jpeg[offset] !== 0xff) throw new Error("Unexpected JPEG layout");
    const marker = jpeg[offset + 1]!;
    if (marker === 0xc0) {
      jpeg.writeUInt16BE(height, offset + 5);
      jpeg.writeUInt16BE(width, offset + 7);
      return jpeg;
    }
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  throw new Error("No SOF0 frame header found");
}

/** An EXIF block (as sharp's metadata().exif returns it) has a GPS directory pointer in IFD0. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(0, 6).toString("latin1") === "Exif\0\0" ? exif.subarray(6) : exif;
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  const entries = u16(ifd0);
  for (let index = 0; index < entries; index++) {
    if (u16(ifd0 + 2 + index * 12) === 0x8825) return true;
  }
  return false;
}

/** Everything an upload must not pass on: any EXIF, GPS, XMP or IPTC block, or a rotation tag. */
export async function metadataOf(bytes: Buffer) {
  const metadata = await sharp(bytes).metadata();
  return {
    format: metadata.format,
    width: metadata.width,
    height: metadata.height,
    hasExif: metadata.exif !== undefined,
    hasGps: exifHasGps(metadata.exif),
    hasXmp: metadata.xmp !== undefined,
    hasIptc: metadata.iptc !== undefined,
    orientation: metadata.orientation,
  };
}

/** The colour at a point given as fractions of width and height (0..1). */
export async function colourAt(bytes: Buffer, fx: number, fy: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const x = Math.min(info.width - 1, Math.floor(info.width * fx));
  const y = Math.min(info.height - 1, Math.floor(info.height * fy));
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}
