// Compression of what Next answers (pages, RSC payloads, JSON) in place of Next's own gzip, which
// next.config.ts turns off:
//   - brotli when the browser takes it (every current one does), gzip otherwise. The demo buyer's
//     conversation page (62 KB of HTML) went out as 16.3 KB gzipped and goes as 13.8 KB: under
//     the ~14 KB a new connection carries in its first round trip, on the slow networks the app
//     is for;
//   - Next flushes after every chunk it writes (about 4 KB each), and each flush closes a block
//     that the next one starts over: flushes within a few milliseconds leave as one, so a page
//     written in a burst compresses as if whole, while a part that streams in later still leaves
//     at once.
// Build files keep their brotli copies made once (precompressed-static.ts); the chat gateway's
// answers and the event stream never reach here.
import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import compression from "compression";

/** 5 rather than the package's 4: a conversation page of the demo went out as 13.8 KB instead of
 * 14.9 KB (gzip: 16.3 KB), for ~1.2 ms of CPU instead of ~0.9 ms per 62 KB page. */
export const BROTLI_QUALITY = 5;

/** Next writes a page over several turns of the event loop (the HTML, then its RSC payload in
 * pieces): flushes within this long of the first leave as one. */
const FLUSH_AFTER_MS = 10;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } }) as unknown as Middleware;

/** Runs `next` with `res` compressed as the request's Accept-Encoding allows. */
export function compressAnswer(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  compress(req, res, () => {
    coalesceFlushes(res as ServerResponse & { flush?: () => void });
    next();
  });
}

function coalesceFlushes(res: ServerResponse & { flush?: () => void }): void {
  const flushNow = res.flush;
  if (!flushNow) return;
  let pending = false;
  res.flush = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      flushNow.call(res);
    }, FLUSH_AFTER_MS);
  };
}
