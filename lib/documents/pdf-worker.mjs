// The PDF worker: everything pdf.js does with a PDF someone sent in a chat happens here, in a
// worker_threads Worker started by lib/documents/inspect-pdf.ts with a heap limit and a deadline
// (the main thread terminates it when the time is up). Plain ESM JavaScript, loaded by Node itself
// at run time and never by a bundler: see inspect-pdf.ts for why.
//
// In: workerData { data: Uint8Array (the PDF, transferred, not copied), thumbWidth: number }.
// Out, in this order (inspect-pdf.ts terminates the worker after the last one):
//   { type: "started" }                                  pdf.js and the canvas loaded
//   { type: "refused", reason: "password" | "unreadable", detail }
//   { type: "parsed", pages, title, encrypted }          the document opened, page 1 loaded
//   { type: "rendered", png, width, height } | { type: "render-failed", detail }
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const require = createRequire(import.meta.url);

// The installed package's own data, read from disk by pdf.js (never fetched): the standard 14 fonts
// (PDFs that name Helvetica or Times without embedding them), the CMaps of CJK fonts, the wasm
// decoders for JPEG 2000 and JBIG2 scans, and the colour profile. pdf.js wants directory strings
// ending in "/".
const pdfjsDir = path.dirname(require.resolve("pdfjs-dist/package.json"));
const dataDir = (name) => `${path.join(pdfjsDir, name)}/`;

/** Images above this many pixels are left out of the render (a 600 dpi A4 scan is 35 MP): their
 * decoded pixels live outside the V8 heap that the worker's resourceLimits cap. */
const MAX_IMAGE_PIXELS = 40_000_000;
/** A very long page (a receipt, a poster) is cut to its top: height at most this times the width. */
const MAX_THUMB_ASPECT = 3;
/** A page narrower than thumbWidth / this (under ~2 cm at 480 px) is not drawn at all: scaling a
 * speck up that far only makes pdf.js allocate large intermediate canvases. */
const MAX_RENDER_SCALE = 10;

function post(message) {
  parentPort.postMessage(message);
}

function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The document's own title, from the info dictionary or else the XMP metadata; null when absent. */
function titleOf(info, metadata) {
  const raw = typeof info?.Title === "string" && info.Title.trim() ? info.Title : metadata?.get("dc:title");
  if (typeof raw !== "string") return null;
  // Control and bidi-override characters have no place in a title shown in a chat.
  const clean = raw
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!clean) return null;
  return Array.from(clean).slice(0, 200).join("").trim();
}

async function render(page, thumbWidth, createCanvas) {
  const natural = page.getViewport({ scale: 1 });
  if (!(natural.width > 0 && natural.height > 0)) throw new Error("The page has no size.");
  const scale = thumbWidth / natural.width;
  if (scale > MAX_RENDER_SCALE) throw new Error(`The page is too narrow to draw (${natural.width} pt).`);
  const viewport = page.getViewport({ scale });
  const width = thumbWidth;
  const height = Math.max(1, Math.min(Math.round(viewport.height), thumbWidth * MAX_THUMB_ASPECT));
  const canvas = createCanvas(width, height);
  const canvasContext = canvas.getContext("2d");
  // pdf.js paints the white background itself; whatever falls below the canvas is clipped.
  await page.render({ canvas, canvasContext, viewport, background: "#ffffff" }).promise;
  const png = await canvas.encode("png");
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height };
}

async function main() {
  const { data, thumbWidth } = workerData;
  // The legacy build is pdf.js's build for Node (the modern one assumes a current browser). In
  // Node, pdf.js runs its parser in this same thread (its "fake worker"), which is what we want:
  // this thread is the sandbox. Loading the parser module ourselves saves pdf.js looking for it.
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  globalThis.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const { createCanvas } = require("@napi-rs/canvas");
  post({ type: "started" });

  const loadingTask = pdfjs.getDocument({
    data,
    // CVE-2024-4367: never compile code from a font in the PDF.
    isEvalSupported: false,
    // Fonts come from the PDF or from pdf.js's own standard font data, never from this machine.
    useSystemFonts: false,
    // No DOM @font-face in Node: glyphs are drawn as paths on the canvas.
    disableFontFace: true,
    standardFontDataUrl: dataDir("standard_fonts"),
    cMapUrl: dataDir("cmaps"),
    cMapPacked: true,
    wasmUrl: dataDir("wasm"),
    iccUrl: dataDir("iccs"),
    enableXfa: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // No password is given, so a PDF that needs one fails with a PasswordException.
  });

  let doc;
  let firstPage;
  try {
    doc = await loadingTask.promise;
    if (!(doc.numPages > 0)) throw new Error("The PDF has no pages.");
    firstPage = await doc.getPage(1);
  } catch (error) {
    const password = error?.name === "PasswordException";
    post({ type: "refused", reason: password ? "password" : "unreadable", detail: describe(error) });
    return;
  }

  let title = null;
  let encrypted = false;
  try {
    const { info, metadata } = await doc.getMetadata();
    title = titleOf(info, metadata);
    encrypted = Boolean(info?.EncryptFilterName);
  } catch {
    // A broken info dictionary costs the title, not the document.
  }
  post({ type: "parsed", pages: doc.numPages, title, encrypted });

  try {
    const { png, width, height } = await render(firstPage, thumbWidth, createCanvas);
    post({ type: "rendered", png, width, height });
  } catch (error) {
    post({ type: "render-failed", detail: describe(error) });
  }
}

// A throw that escapes main() is a bug or a missing install, not a bad PDF (main() catches those):
// it fails the worker, and inspect-pdf.ts reports it as an error of ours.
await main();
