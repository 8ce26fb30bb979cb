// Build files (/_next/static/...) sent brotli-compressed. Next compresses with gzip only; brotli at
// its highest level makes the same scripts ~15% smaller (the framework alone: 129 KB gzip, 110 KB
// brotli), which a cheap phone on a slow network feels on every first visit. Level 11 is too slow
// to run per request, so `npm start` compresses each build file once, after the build
// (precompressBuildFiles, lib/cli/prepare-and-build.ts), and the server sends the `.br` file beside
// it to a browser that accepts brotli (sendPrecompressed). Everything else goes on to Next as before:
// other files, browsers without brotli, a build whose files were not compressed.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};
/** Smaller files gain a few bytes at most. */
const MIN_BYTES = 1024;
const PREFIX = "/_next/static/";
/** What Next's build names its files with: no "..", no "%", nothing a path could be made of. */
const SAFE_NAME = /^[A-Za-z0-9_\-~]+(?:\/[A-Za-z0-9_\-~.]+)*\.(?:js|css)$/;

/** Writes `<file>.br` beside each build script and stylesheet that has none yet; returns how many. */
export function precompressBuildFiles(staticDir: string): number {
  let written = 0;
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (TYPES[path.extname(entry.name)] && !existsSync(`${file}.br`)) {
        const { size } = statSync(file);
        if (size < MIN_BYTES) continue;
        writeFileSync(`${file}.br`, compress(file));
        written++;
      }
    }
  };
  if (existsSync(staticDir)) visit(staticDir);
  return written;
}

// Sync on purpose: this runs once at start, before the server listens.
function compress(file: string): Buffer {
  const bytes = readFileSync(file);
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

/** Whether the request's Accept-Encoding takes brotli (and does not refuse it with q=0). */
export function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Answers a GET or HEAD of a build file with its `.br` copy when the browser takes brotli and the
 * copy exists; returns false (and writes nothing) otherwise, for Next to answer. Which copies exist
 * is remembered: build files never change while the server runs (a new build means a restart).
 */
export function createPrecompressedStatic(staticDir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const known = new Map<string, { file: string; size: number } | null>();
  const lookUp = (name: string) => {
    let found = known.get(name);
    if (found === undefined) {
      const file = path.join(staticDir, `${name}.br`);
      found = existsSync(file) ? { file, size: statSync(file).size } : null;
      if (known.size < 10_000) known.set(name, found);
    }
    return found;
  };
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const pathname = (req.url ?? "").split("?", 1)[0] ?? "";
    if (!pathname.startsWith(PREFIX)) return false;
    const name = pathname.slice(PREFIX.length);
    if (!SAFE_NAME.test(name) || name.includes("..") || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    const copy = lookUp(name);
    if (!copy) return false;
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(name)]!,
      "Content-Encoding": "br",
      "Content-Length": copy.size,
      // As Next sends them: the name changes whenever the content does.
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(copy.file).pipe(res);
    return true;
  };
}
