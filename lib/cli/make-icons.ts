// `npm run icons`: draws the app's PNG icons from public/icon.svg with sharp, into public/icons/.
// Run it after changing the SVG and commit the PNGs (they are static files the manifest names).
// - icon-192/512: the icon as drawn (rounded square), for "any" purpose.
// - maskable-192/512: full-bleed background with the mark inside the central 80% circle that
//   Android may crop to (https://w3c.github.io/manifest/#icon-masks).
// - badge-96: the bubble alone in white on transparent: Android draws the status-bar badge from
//   its alpha channel only.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.resolve("public");
const svg = readFileSync(path.join(publicDir, "icon.svg"), "utf8");
const [bubble, shirt] = [...svg.matchAll(/<path d="([^"]+)"/g)].map((match) => match[1]);
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{6})"/.exec(svg)?.[1];
if (!bubble || !shirt || !background) throw new Error("public/icon.svg changed shape: update lib/cli/make-icons.ts");

const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${background}"/>
  <g transform="translate(32 32) scale(0.9) translate(-32 -31)">
    <path d="${bubble}" fill="#fff"/><path d="${shirt}" fill="${background}"/>
  </g>
</svg>`;

const badge = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="8 8 48 48">
  <mask id="cut"><rect x="0" y="0" width="64" height="64" fill="#fff"/><path d="${shirt}" fill="#000"/></mask>
  <path d="${bubble}" fill="#fff" mask="url(#cut)"/>
</svg>`;

const outputs: [string, string, number][] = [
  ["icon-192.png", svg, 192],
  ["icon-512.png", svg, 512],
  ["maskable-192.png", maskable, 192],
  ["maskable-512.png", maskable, 512],
  ["badge-96.png", badge, 96],
];

mkdirSync(path.join(publicDir, "icons"), { recursive: true });
for (const [name, source, size] of outputs) {
  const file = path.join(publicDir, "icons", name);
  await sharp(Buffer.from(source), { density: (72 * size) / 48 }).resize(size, size).png({ compressionLevel: 9 }).toFile(file);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
