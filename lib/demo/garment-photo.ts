// Product photos for the demo catalog, drawn rather than committed: a kurta on a hanger against
// a studio backdrop. The seed varies cut, print scale and light, so a dozen designs look like a
// supplier's gallery; grain is added so the files compress like camera photos, which keeps the
// photo pipeline's size budgets honest in the demo and in benchmarks.
import sharp from "sharp";

export type GarmentPattern = "stripes" | "dots" | "paisley" | "checks" | "floral" | "plain";

export interface GarmentPhotoOptions {
  seed: number;
  /** Base fabric colour, a CSS hex (#b03a48) or a named colour. */
  colour: string;
  /** Print, trim and button colour. */
  accent: string;
  pattern: GarmentPattern;
  width?: number;
  height?: number;
}

/** The scene is drawn in an 800 × 1000 box, scaled to fit the requested size. */
const VIEW_WIDTH = 800;
const VIEW_HEIGHT = 1000;
const GRAIN_TILE = 256;

export async function renderGarmentPhoto(options: GarmentPhotoOptions): Promise<Buffer> {
  const { seed, pattern, width = 1600, height = 2000 } = options;
  const colour = safeColour(options.colour);
  const accent = safeColour(options.accent);
  const random = mulberry32(seed);
  // librsvg at full size costs ~200 ms (gradients, pattern fills); drawing at half size and
  // upscaling costs a quarter of that, and the slight softness reads as a camera lens anyway.
  const svg = sceneSvg({ random, colour, accent, pattern, width: Math.ceil(width / 2), height: Math.ceil(height / 2) });
  const { data, info } = await sharp(Buffer.from(svg))
    .resize({ width, height, fit: "fill", kernel: "mitchell" })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  addGrain(data, info.width, info.height, info.channels, seed);
  // Huffman optimisation would add ~100 ms per photo for a few percent of size: not worth it here.
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .jpeg({ quality: 86, optimiseCoding: false })
    .toBuffer();
}

interface SceneInput {
  random: () => number;
  colour: string;
  accent: string;
  pattern: GarmentPattern;
  width: number;
  height: number;
}

function sceneSvg({ random, colour, accent, pattern, width, height }: SceneInput): string {
  const cut = garmentCut(random);
  const light = 0.35 + random() * 0.3; // where the key light sits, left to right
  const backdrop = pick(random, ["#efe9e1", "#e9ecef", "#f1ebe4", "#e6e4df", "#ece6ec"]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" preserveAspectRatio="xMidYMid meet">
<defs>
  <radialGradient id="backdrop" cx="${light}" cy="0.35" r="0.85">
    <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/>
    <stop offset="0.6" stop-color="${backdrop}" stop-opacity="0"/>
    <stop offset="1" stop-color="#000000" stop-opacity="0.16"/>
  </radialGradient>
  <linearGradient id="roundness" x1="0" x2="1" y1="0" y2="0">
    <stop offset="0" stop-color="#000" stop-opacity="0.30"/>
    <stop offset="${light - 0.1}" stop-color="#fff" stop-opacity="0.10"/>
    <stop offset="${light + 0.12}" stop-color="#fff" stop-opacity="0.04"/>
    <stop offset="1" stop-color="#000" stop-opacity="0.34"/>
  </linearGradient>
  <linearGradient id="fold" x1="0" x2="1" y1="0" y2="0">
    <stop offset="0" stop-color="#000" stop-opacity="0"/>
    <stop offset="0.5" stop-color="#000" stop-opacity="0.16"/>
    <stop offset="1" stop-color="#000" stop-opacity="0"/>
  </linearGradient>
  <linearGradient id="wood" x1="0" x2="0" y1="0" y2="1">
    <stop offset="0" stop-color="#c89b6d"/><stop offset="1" stop-color="#8a6040"/>
  </linearGradient>
  ${fabricPattern(pattern, colour, accent, random)}
  <clipPath id="garment"><path d="${cut.body}"/><path d="${cut.sleeves}"/></clipPath>
</defs>
<rect x="-1000" y="-1000" width="${VIEW_WIDTH + 2000}" height="${VIEW_HEIGHT + 2000}" fill="${backdrop}"/>
<rect x="-1000" y="-1000" width="${VIEW_WIDTH + 2000}" height="${VIEW_HEIGHT + 2000}" fill="url(#backdrop)"/>
${softShadow(`${cut.body} ${cut.sleeves}`, (0.5 - light) * 40, 16)}
<path d="M400 142 L400 104 C400 84 424 80 424 62 C424 44 404 38 394 48" fill="none" stroke="#9a9ca0" stroke-width="5" stroke-linecap="round"/>
<path d="M400 140 L${400 - cut.shoulder - 22} ${cut.shoulderY + 4} L${400 + cut.shoulder + 22} ${cut.shoulderY + 4} Z" fill="url(#wood)"/>
<g clip-path="url(#garment)">
  <rect x="0" y="0" width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}" fill="url(#fabric)"/>
  ${cut.trims(accent)}
  ${cut.folds}
  <rect x="${400 - cut.hemHalf - 60}" y="0" width="${(cut.hemHalf + 60) * 2}" height="${VIEW_HEIGHT}" fill="url(#roundness)"/>
</g>
<path d="${cut.neckline}" fill="none" stroke="${accent}" stroke-width="9"/>
<path d="${cut.neckline}" fill="none" stroke="#000" stroke-opacity="0.18" stroke-width="2" transform="translate(0 5)"/>
${cut.buttons(accent)}
<path d="${cut.body}" fill="none" stroke="#000" stroke-opacity="0.18" stroke-width="1.5"/>
<path d="${cut.sleeves}" fill="none" stroke="#000" stroke-opacity="0.18" stroke-width="1.5"/>
${cut.slits}
</svg>`;
}

/**
 * A soft drop shadow from stacked translucent outlines. An SVG blur filter looks the same but
 * costs ~0.5 s at this size in librsvg, which would make the demo seed slow.
 */
function softShadow(outline: string, dx: number, dy: number): string {
  // Only the strokes stack (darker towards the outline); the body of the shadow is one fill.
  const rings = [40, 30, 21, 13, 6]
    .map((width) => `<path d="${outline}" fill="none" stroke-width="${width}"/>`)
    .join("");
  return `<g transform="translate(${dx} ${dy})" stroke="#000" stroke-opacity="0.028" stroke-linejoin="round">${rings}<path d="${outline}" fill="#000" fill-opacity="0.14" stroke="none"/></g>`;
}

interface GarmentCut {
  body: string;
  sleeves: string;
  neckline: string;
  folds: string;
  slits: string;
  shoulder: number;
  shoulderY: number;
  hemHalf: number;
  trims: (accent: string) => string;
  buttons: (accent: string) => string;
}

/** A straight-to-flared kurta: proportions vary with the seed, the shape stays recognisable. */
function garmentCut(random: () => number): GarmentCut {
  const shoulderY = 168;
  const neckHalf = 50 + random() * 10;
  const neckDepth = 60 + random() * 35;
  const shoulder = 118 + random() * 12;
  const chest = 112 + random() * 10;
  const waist = chest - 6;
  const hemHalf = 150 + random() * 60;
  const hemY = 860 + random() * 60;
  const armpitY = 310;
  const sleeveLength = 200 + random() * 90;
  const slitY = hemY - 140 - random() * 60;
  const l = (dx: number) => 400 - dx;
  const r = (dx: number) => 400 + dx;
  const hemDip = 14;

  const body = [
    `M${l(neckHalf)} ${shoulderY - 14}`,
    `Q400 ${shoulderY - 4} ${r(neckHalf)} ${shoulderY - 14}`,
    `L${r(shoulder)} ${shoulderY + 16}`,
    `L${r(chest)} ${armpitY}`,
    `C${r(waist)} ${armpitY + 140} ${r(waist)} ${armpitY + 220} ${r(waist + 8)} ${slitY}`,
    `L${r(hemHalf)} ${hemY}`,
    `Q400 ${hemY + hemDip} ${l(hemHalf)} ${hemY}`,
    `L${l(waist + 8)} ${slitY}`,
    `C${l(waist)} ${armpitY + 220} ${l(waist)} ${armpitY + 140} ${l(chest)} ${armpitY}`,
    `L${l(shoulder)} ${shoulderY + 16} Z`,
  ].join(" ");

  // Sleeves hang down and slightly out, cuffs cut square to the arm.
  const cuffOuterX = shoulder + 58 + sleeveLength * 0.22;
  const cuffY = shoulderY + 16 + sleeveLength;
  // Both sleeves must wind the same way as the body: librsvg merges a clipPath's children
  // into one nonzero fill, so an opposite winding would cut the overlap out as a hole.
  const sleeve = (side: 1 | -1) => {
    const x = (dx: number) => 400 + side * dx;
    const top = `${x(shoulder - 6)} ${shoulderY + 12}`;
    const outerCurve = `${x(shoulder + 40)} ${shoulderY + 30}`;
    const cuffOuter = `${x(cuffOuterX)} ${cuffY}`;
    const cuffInner = `${x(cuffOuterX - 62)} ${cuffY + 14}`;
    const innerCurve = `${x(chest + 12)} ${armpitY + 40}`;
    const armpit = `${x(chest - 4)} ${armpitY}`;
    return side === 1
      ? `M${top} Q${outerCurve} ${cuffOuter} L${cuffInner} Q${innerCurve} ${armpit} Z`
      : `M${armpit} Q${innerCurve} ${cuffInner} L${cuffOuter} Q${outerCurve} ${top} Z`;
  };
  const sleeves = `${sleeve(-1)} ${sleeve(1)}`;
  const neckline = `M${l(neckHalf)} ${shoulderY - 14} Q${l(neckHalf * 0.7)} ${shoulderY + neckDepth} 400 ${shoulderY + neckDepth} Q${r(neckHalf * 0.7)} ${shoulderY + neckDepth} ${r(neckHalf)} ${shoulderY - 14}`;
  const neckFill = `${neckline} Q400 ${shoulderY - 4} ${l(neckHalf)} ${shoulderY - 14} Z`;

  const foldCount = 3 + Math.floor(random() * 3);
  const folds = Array.from({ length: foldCount }, (_, index) => {
    const top = armpitY + 60 + random() * 120;
    const spread = (index - (foldCount - 1) / 2) / foldCount;
    const topX = 400 + spread * chest * 1.4;
    const bottomX = 400 + spread * hemHalf * 1.8;
    const w = 14 + random() * 16;
    return `<path d="M${topX} ${top} L${bottomX - w} ${hemY + 20} L${bottomX + w} ${hemY + 20} Z" fill="url(#fold)"/>`;
  }).join("");

  const slits = [l(waist + 8), r(waist + 8)]
    .map((x, index) => {
      const hemX = index === 0 ? l(hemHalf) : r(hemHalf);
      return `<path d="M${x} ${slitY} L${x + (hemX - x) * 0.5} ${hemY + 2}" stroke="#000" stroke-opacity="0.22" stroke-width="2"/>`;
    })
    .join("");

  const borderDepth = 28 + random() * 18;
  const trims = (accent: string) =>
    [
      // The backdrop shows through the neckline: the hanger and wall, not fabric.
      `<path d="${neckFill}" fill="#3b3633" fill-opacity="0.55"/>`,
      `<path d="M0 ${hemY - borderDepth} Q400 ${hemY - borderDepth + hemDip} ${VIEW_WIDTH} ${hemY - borderDepth} L${VIEW_WIDTH} ${VIEW_HEIGHT} L0 ${VIEW_HEIGHT} Z" fill="${accent}" opacity="0.9"/>`,
      `<path d="M0 ${hemY - borderDepth - 8} Q400 ${hemY - borderDepth + hemDip - 8} ${VIEW_WIDTH} ${hemY - borderDepth - 8}" stroke="${accent}" stroke-width="3" fill="none" stroke-dasharray="6 5"/>`,
      // Cuff bands: a wide stroke along each cuff edge; the clip keeps only the inner half.
      ...[l, r].map(
        (x) => `<path d="M${x(cuffOuterX + 4)} ${cuffY - 1} L${x(cuffOuterX - 66)} ${cuffY + 15}" stroke="${accent}" stroke-width="34"/>`,
      ),
      `<rect x="393" y="${shoulderY + neckDepth}" width="14" height="120" fill="${accent}" opacity="0.85"/>`,
    ].join("");
  const buttons = (accent: string) =>
    [0, 1, 2]
      .map((index) => {
        const y = shoulderY + neckDepth + 22 + index * 38;
        return `<circle cx="400" cy="${y}" r="6.5" fill="${accent}" stroke="#000" stroke-opacity="0.35" stroke-width="1.5"/><circle cx="398" cy="${y - 2}" r="2" fill="#fff" fill-opacity="0.5"/>`;
      })
      .join("");

  return { body, sleeves, neckline, folds, slits, shoulder, shoulderY, hemHalf, trims, buttons };
}

function fabricPattern(pattern: GarmentPattern, colour: string, accent: string, random: () => number): string {
  const size = 26 + Math.floor(random() * 26);
  const tile = (content: string, tileSize = size, transform = "") =>
    `<pattern id="fabric" patternUnits="userSpaceOnUse" width="${tileSize}" height="${tileSize}"${transform ? ` patternTransform="${transform}"` : ""}><rect width="${tileSize}" height="${tileSize}" fill="${colour}"/>${content}</pattern>`;
  switch (pattern) {
    case "plain":
      // A faint weave so "plain" still reads as cloth, not a flat vector fill.
      return tile(`<path d="M0 1 H6 M3 4 H6" stroke="#000" stroke-opacity="0.06" stroke-width="1"/>`, 6);
    case "stripes": {
      const band = Math.max(4, Math.round(size * (0.2 + random() * 0.3)));
      return tile(
        `<rect width="${band}" height="${size}" fill="${accent}"/><rect x="${band + 4}" width="2" height="${size}" fill="${accent}" opacity="0.6"/>`,
        size,
        random() < 0.5 ? "" : "rotate(90)",
      );
    }
    case "checks": {
      const band = Math.round(size * 0.45);
      return tile(
        `<rect width="${band}" height="${size}" fill="${accent}" opacity="0.45"/><rect width="${size}" height="${band}" fill="${accent}" opacity="0.45"/>`,
        size,
        random() < 0.3 ? "rotate(45)" : "",
      );
    }
    case "dots": {
      const radius = size * (0.1 + random() * 0.08);
      const half = size / 2;
      return tile(`<circle cx="${half / 2}" cy="${half / 2}" r="${radius}" fill="${accent}"/><circle cx="${half * 1.5}" cy="${half * 1.5}" r="${radius}" fill="${accent}"/>`);
    }
    case "floral": {
      const big = size * 2;
      return tile(`${flower(big * 0.3, big * 0.3, big * 0.16, accent)}${flower(big * 0.78, big * 0.75, big * 0.1, accent)}${leaf(big * 0.55, big * 0.4, accent)}`, big);
    }
    case "paisley": {
      const big = size * 2.4;
      return tile(`${paisley(big * 0.3, big * 0.32, big * 0.2, 20, accent)}${paisley(big * 0.78, big * 0.8, big * 0.14, 200, accent)}`, big);
    }
  }
}

function flower(cx: number, cy: number, radius: number, accent: string): string {
  const petals = [0, 72, 144, 216, 288]
    .map((angle) => `<ellipse cx="${cx}" cy="${cy - radius * 0.55}" rx="${radius * 0.38}" ry="${radius * 0.55}" transform="rotate(${angle} ${cx} ${cy})" fill="${accent}" opacity="0.85"/>`)
    .join("");
  return `${petals}<circle cx="${cx}" cy="${cy}" r="${radius * 0.22}" fill="#f4d35e"/>`;
}

function leaf(cx: number, cy: number, accent: string): string {
  return `<path d="M${cx} ${cy} q10 -14 22 -4 q-10 14 -22 4z" fill="${accent}" opacity="0.55"/>`;
}

function paisley(cx: number, cy: number, size: number, rotation: number, accent: string): string {
  // The teardrop with a curled tip that makes a print read as paisley at a glance.
  const s = size;
  const drop = `M0 ${s * 0.5} C${-s * 0.6} ${s * 0.5} ${-s * 0.6} ${-s * 0.3} 0 ${-s * 0.35} C${s * 0.35} ${-s * 0.4} ${s * 0.55} ${-s * 0.75} ${s * 0.25} ${-s * 0.95} C${s * 0.7} ${-s * 0.7} ${s * 0.6} ${s * 0.5} 0 ${s * 0.5} Z`;
  return `<g transform="translate(${cx} ${cy}) rotate(${rotation})"><path d="${drop}" fill="${accent}" opacity="0.9"/><path d="${drop}" transform="scale(0.6)" fill="none" stroke="#fff" stroke-opacity="0.6" stroke-width="2"/><circle cx="0" cy="${s * 0.1}" r="${s * 0.12}" fill="#fff" fill-opacity="0.7"/></g>`;
}

/**
 * Fine camera-like grain, added in place. Seeded so a seed gives byte-identical photos, and a
 * plain loop because it is several times cheaper than a libvips blend over 3 million pixels.
 */
function addGrain(pixels: Buffer, width: number, height: number, channels: number, seed: number): void {
  const random = mulberry32(seed ^ 0x9e3779b9);
  const tile = new Int8Array(GRAIN_TILE * GRAIN_TILE);
  // Sum of two uniforms: a cheap bell-shaped grain centred on zero.
  for (let index = 0; index < tile.length; index++) tile[index] = Math.round((random() + random() - 1) * 9);
  // A clamped view saturates at 0 and 255 instead of wrapping around.
  const clamped = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, pixels.length);
  for (let y = 0; y < height; y++) {
    const tileRow = (y % GRAIN_TILE) * GRAIN_TILE;
    let offset = y * width * channels;
    for (let x = 0; x < width; x++) {
      const grain = tile[tileRow + (x % GRAIN_TILE)] ?? 0;
      for (let channel = 0; channel < channels; channel++, offset++) {
        clamped[offset] = (clamped[offset] ?? 0) + grain;
      }
    }
  }
}

/** Colours are interpolated into SVG markup, so only plain hex or named colours get through. */
function safeColour(value: string): string {
  if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value) || /^[a-z]{3,20}$/i.test(value)) return value;
  throw new Error(`Not a colour: ${JSON.stringify(value)}`);
}

function pick<T>(random: () => number, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}

/** Small, fast, seedable PRNG: Math.random cannot be seeded and the demo must be reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
