// Every limit on what one request, one address or one person may ask of the server, in one
// place: the production server's front door (lib/server/front-door.ts), the chat gateway, the Next
// routes and the services all read their numbers from here. The README's "Limits" section lists
// them with the reasons; keep the two in step. Plain constants (no imports), so the browser and
// next.config.ts can read them too.

const KB = 1024;
const MB = 1024 * KB;

/** The photo upload's own ceiling (lib/photos/process-photo.ts checks the bytes against it). */
export const MAX_PHOTO_BYTES = 15 * MB;

/** A PDF sent in a chat (lib/documents/inspect-pdf.ts checks the bytes against it). */
export const MAX_DOCUMENT_BYTES = 20 * MB;

export interface BodyLimit {
  /** What the rule covers, for the 413 message and the README. */
  what: string;
  maxBytes: number;
  /** How long the whole body may take to arrive once the headers are in. */
  bodyTimeoutMs: number;
}

/** Small bodies arrive in one or two packets even on 2G; a body still coming after this is a
 * connection held open on purpose. */
const FORM_BODY_TIMEOUT_MS = 20_000;

const rule = (what: string, maxBytes: number, bodyTimeoutMs = FORM_BODY_TIMEOUT_MS): BodyLimit => ({ what, maxBytes, bodyTimeoutMs });

export const BODY_LIMITS = {
  // 15 MB on a slow mobile uplink (~50 KB/s) takes about 5 minutes; a downsized photo ~10 s.
  photoUpload: rule("A photo", MAX_PHOTO_BYTES, 300_000),
  // 20 MB on a slow uplink, like a photo: a price list as a scanned PDF can be large.
  documentUpload: rule("A document", MAX_DOCUMENT_BYTES, 300_000),
  // Up to 30 designs of 10 photo ids each and a 4,000-character caption (up to 6 bytes a character in JSON).
  designPost: rule("A post of designs", 128 * KB),
  // Up to 5,000 buyer ids and 30 design ids.
  broadcast: rule("A broadcast", 256 * KB),
  // 4,000 characters, escaped, plus ids.
  textMessage: rule("A message", 64 * KB),
  // Number, password, CSRF token and callback URL.
  login: rule("A login", 8 * KB),
  // Every other JSON route: picks, orders, receipts, tray, design edits.
  otherApi: rule("A request", 32 * KB),
  // Server actions carry one form (a broadcast's 5,000 buyers is the largest).
  serverAction: rule("A form", 256 * KB),
  // Anything else (a POST to a page that is not an action): nothing legitimate sends a body there.
  other: rule("A request", 16 * KB),
} as const satisfies Record<string, BodyLimit>;

/** The body limit of a request, by method, path and whether it is a server action (Next-Action header). */
export function bodyLimitFor(path: string, isServerAction: boolean): BodyLimit {
  if (isServerAction) return BODY_LIMITS.serverAction;
  if (/^\/api\/photos\/?$/.test(path)) return BODY_LIMITS.photoUpload;
  if (/^\/api\/conversations\/[^/]+\/designs\/?$/.test(path)) return BODY_LIMITS.designPost;
  if (/^\/api\/conversations\/[^/]+\/documents\/?$/.test(path)) return BODY_LIMITS.documentUpload;
  if (/^\/api\/conversations\/[^/]+\/messages\/?$/.test(path)) return BODY_LIMITS.textMessage;
  if (/^\/api\/broadcasts\/?$/.test(path)) return BODY_LIMITS.broadcast;
  if (path.startsWith("/api/auth/")) return BODY_LIMITS.login;
  if (path.startsWith("/api/")) return BODY_LIMITS.otherApi;
  return BODY_LIMITS.other;
}

/** Node's own ceiling on receiving a whole request (headers and body), for every route: the
 * longest body timeout above plus a little. An event stream's response is not a request body,
 * so it is not cut by this (Node times only the request). */
export const REQUEST_TIMEOUT_MS = BODY_LIMITS.photoUpload.bodyTimeoutMs + 10_000;
/** Headers must arrive within this (a slowloris sends them a byte at a time). */
export const HEADERS_TIMEOUT_MS = 20_000;

/** Event streams one person may hold (all tabs and devices); opening one more closes their oldest. */
export const MAX_EVENT_STREAMS_PER_PERSON = 10;
/** Event stream requests without a valid session, per address per minute, before 429. */
export const ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE = 30;

export const LOGIN_LIMITS = {
  /** Failures one number may have, from anywhere, before each next attempt waits. */
  freeFailuresPerNumber: 5,
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelaySeconds: 2,
  /** The longest wait: a stranger can slow a number down, never shut it. */
  maxDelaySeconds: 10 * 60,
  /** A number's failures are forgotten this long after its last one. */
  numberMemorySeconds: 24 * 60 * 60,
  /** Failures of one number from one address, then that pair waits out `pairBlockSeconds`. */
  failuresPerNumberAndAddress: 5,
  pairBlockSeconds: 15 * 60,
  /** Failures from one address, whatever the numbers (guessing many accounts), per hour. */
  failuresPerAddressPerHour: 30,
  addressBlockSeconds: 15 * 60,
  /** Failures allowed from a device that logged in to the number before, per 15 minutes. */
  failuresPerKnownDevice: 10,
  knownDeviceBlockSeconds: 15 * 60,
  /** How long a device stays known after its last successful login. */
  knownDeviceDays: 365,
} as const;

/** Messages one person may post into one conversation: far above anyone typing (or an outbox
 * catching up after a day offline), far below a script. */
export const POSTS_PER_PERSON_AND_CONVERSATION = { points: 60, perSeconds: 60 } as const;
// (POSTS_PER_CONVERSATION_PER_MINUTE in the environment overrides `points`: the benchmarks post faster than any person.)
