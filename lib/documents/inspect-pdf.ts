// Checks a PDF sent in a chat by its content, before anything is stored: that it is a PDF at all,
// within the size limit, not protected by a password, and readable; and returns its page count,
// its title and page 1 drawn as a PNG for the chat's card.
//
// The parsing is Mozilla's pdf.js (pdfjs-dist), drawing on @napi-rs/canvas (lib/documents/README.md says
// why). Every byte of a PDF is hostile input, so pdf.js never runs in the server's own thread: each
// PDF gets a fresh worker_threads Worker (lib/documents/pdf-worker.mjs) with a V8 heap limit and a
// deadline, after which the worker is terminated. A hostile PDF costs at most that heap and that
// time on one core; a stuck or crashed worker takes nothing else down. At most
// MAX_CONCURRENT_INSPECTIONS workers run at once, the rest wait their turn.
//
// This module must not import pdfjs-dist (so Next's bundler never sees it): it only starts the
// worker, by a path resolved at run time (see WORKER_PATH).
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/limits";

/** 20 MB: the one limit, kept in lib/limits.ts with the other limits (the upload route's body cap). */
export { MAX_DOCUMENT_BYTES };

export interface InspectedPdf {
  pages: number;
  /** The document's own title (its info dictionary or XMP), trimmed, at most 200 characters. */
  title: string | null;
  /** Page 1 as a PNG on white, `thumbWidth` wide. Null when it could not be drawn in time: the
   * document is still accepted. */
  firstPage: { png: Buffer; width: number; height: number } | null;
}

export interface InspectPdfOptions {
  /** The whole budget for parsing and drawing, from the worker's start. Default 15 s. */
  timeoutMs?: number;
  /** The width of the page-1 PNG in pixels. Default 480. */
  thumbWidth?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_THUMB_WIDTH = 480;
const MAX_THUMB_WIDTH = 2000;
/** Two cores in production: two PDFs at a time leaves the server its own share. */
const MAX_CONCURRENT_INSPECTIONS = 2;
/** The worker's V8 heap: parsed objects, fonts, operator lists. */
const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
/** What the heap limit does not cover: ArrayBuffers (decoded streams and images) and native canvas
 * memory live outside the V8 heap. A flate bomb (a 1 MB PDF whose page inflates to 1 GB) or a page
 * of big images grows them by over 100 MB a second, to 2 GB and more within the deadline. Node
 * cannot measure one worker's external memory, so the process's resident size is watched instead:
 * a worker is stopped once the process has grown this much since it started. A normal PDF grows it
 * by 50 to 200 MB (a 20 MB PDF of 300 dpi scans). Process-wide, so a worker running beside a bomb
 * may be stopped with it (its document then fails or loses its picture, as on a timeout). */
const MAX_RSS_GROWTH_BYTES = 1024 * 1024 * 1024;
const RSS_CHECK_INTERVAL_MS = 50;

// The worker is a file that Node loads when a PDF arrives, found from the working directory, not
// from this module's own location: this module is compiled into Next's server chunks and into the
// esbuild bundle of the production server, where import.meta.url points into .next/ or the bundle
// and a `new URL("./pdf-worker.mjs", import.meta.url)` would make the bundler try to bundle the
// worker (and pdf.js with it). Every way the app runs (vitest, tsx scripts, `next start` through
// the custom server, the bundled server) runs with the repository as the working directory, where
// the worker loads pdfjs-dist and @napi-rs/canvas from node_modules like any Node script.
// turbopackIgnore: Turbopack follows process.cwd() joins and would bundle the worker after all.
const WORKER_PATH = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/documents/pdf-worker.mjs");

const notAPdf = () => new AppError("INVALID", "This file is not a PDF. Send a PDF file (price list, report).");
const passwordProtected = () => new AppError("INVALID", "This PDF is protected with a password. Save it without the password and send it again.");
const unreadable = () => new AppError("INVALID", "This PDF could not be read. It may be damaged; export it again and send it.");
/** Also the upload route's answer to a body over the limit (post-document.ts, the route). */
export const documentTooLarge = () => new AppError("TOO_LARGE", `This PDF is too large. The limit is ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB.`, { key: "pdfTooLarge", values: { limit: MAX_DOCUMENT_BYTES / (1024 * 1024) } });

/** The PDF header may follow some junk, within the first 1024 bytes (as Acrobat allows). */
function hasPdfHeader(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes("%PDF-", 0, "latin1");
}

type WorkerMessage =
  | { type: "started" }
  | { type: "refused"; reason: "password" | "unreadable"; detail: string }
  | { type: "parsed"; pages: number; title: string | null; encrypted: boolean }
  | { type: "rendered"; png: Uint8Array; width: number; height: number }
  | { type: "render-failed"; detail: string };

export async function inspectPdf(bytes: Buffer, options: InspectPdfOptions = {}): Promise<InspectedPdf> {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw documentTooLarge();
  if (!hasPdfHeader(bytes)) throw notAPdf();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const thumbWidth = Math.round(options.thumbWidth ?? DEFAULT_THUMB_WIDTH);
  if (!(thumbWidth >= 1 && thumbWidth <= MAX_THUMB_WIDTH)) throw new RangeError(`thumbWidth must be 1 to ${MAX_THUMB_WIDTH}.`);
  await takeSlot();
  // The slot is given back when the worker has exited, not when the answer is known: a terminated
  // worker still holds its memory until it is gone.
  return runWorker(bytes, timeoutMs, thumbWidth, onceOnly(releaseSlot));
}

function onceOnly(action: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}

let running = 0;
const waiting: Array<() => void> = [];

async function takeSlot(): Promise<void> {
  if (running < MAX_CONCURRENT_INSPECTIONS) {
    running++;
    return;
  }
  // The slot is handed over by releaseSlot without `running` going down.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

function runWorker(bytes: Buffer, timeoutMs: number, thumbWidth: number, release: () => void): Promise<InspectedPdf> {
  // One copy, which the worker then owns: the ArrayBuffer is transferred (moved, not copied again),
  // and pdf.js in the worker hands the same buffer on to its parser. The caller's Buffer stays
  // intact (it is stored after the check).
  const data = new Uint8Array(bytes);
  return new Promise<InspectedPdf>((resolve, reject) => {
    let started = false;
    let parsed: { pages: number; title: string | null } | null = null;
    let settled = false;

    let worker: Worker;
    try {
      worker = new Worker(WORKER_PATH, {
        workerData: { data, thumbWidth },
        transferList: [data.buffer],
        resourceLimits: WORKER_RESOURCE_LIMITS,
        // Not the parent's flags: a loader registered with --import (tsx, a test runner) would slow
        // down and change how the worker's plain ESM loads.
        execArgv: [],
      });
    } catch (error) {
      release();
      reject(error);
      return;
    }
    worker.once("exit", release);

    const finish = (outcome: { firstPage: InspectedPdf["firstPage"] } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(memoryWatch);
      void worker.terminate();
      if ("error" in outcome) reject(outcome.error);
      else if (parsed) resolve({ ...parsed, firstPage: outcome.firstPage });
      else reject(unreadable());
    };

    // Out of time, out of heap, or dead: before the document opened it could not be read; after,
    // only page 1's picture is missing and the document is accepted without it.
    const giveUp = () => finish(parsed ? { firstPage: null } : { error: unreadable() });

    const timer = setTimeout(giveUp, timeoutMs);
    const rssAtStart = process.memoryUsage.rss();
    const memoryWatch = setInterval(() => {
      if (process.memoryUsage.rss() - rssAtStart > MAX_RSS_GROWTH_BYTES) giveUp();
    }, RSS_CHECK_INTERVAL_MS);

    worker.on("message", (message: WorkerMessage) => {
      switch (message.type) {
        case "started":
          started = true;
          break;
        case "refused":
          finish({ error: message.reason === "password" ? passwordProtected() : unreadable() });
          break;
        case "parsed":
          // Encrypted PDFs that open without a password (an owner password only, which restricts
          // printing or copying in some viewers, typical of accounting and billing software) are
          // accepted: every phone and browser opens them without asking for anything, pdf.js read
          // and drew them in full here, and refusing them would tell a supplier to remove a password
          // they never typed. Only what cannot be opened without a password (a user password: pdf.js
          // raises a PasswordException) is refused. `message.encrypted` (the trailer's /Encrypt,
          // through pdf.js's EncryptFilterName) is where to refuse them too if that ever changes.
          parsed = { pages: message.pages, title: message.title };
          break;
        case "rendered":
          finish({ firstPage: { png: Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength), width: message.width, height: message.height } });
          break;
        case "render-failed":
          finish({ firstPage: null });
          break;
      }
    });
    worker.on("error", (error) => {
      // Before the worker had loaded pdf.js, a failure is ours (the worker file or pdfjs-dist
      // missing from a deployment): a server error, not the sender's file. After it, it is the PDF's
      // doing: it ran the worker out of heap (ERR_WORKER_OUT_OF_MEMORY) or broke pdf.js.
      if (!started) finish({ error: new Error(`The PDF worker could not start: ${error.message}`, { cause: error }) });
      else giveUp();
    });
    worker.on("exit", (code) => {
      if (!started) finish({ error: new Error(`The PDF worker stopped before it started (exit code ${code}).`) });
      else giveUp();
    });
  });
}
