// One error type for everything a service refuses. Routes and actions turn it into a clear
// message and a status; anything that is not an AppError is logged and shown as a generic error.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "TOO_LARGE" | "UNAUTHENTICATED";

const statusByCode: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INVALID: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
};

/** Extra facts of a refusal. `key` names its wording in the "errors" messages
 * (lib/i18n/messages), so the person reads it in their language while logs keep the English
 * `message`; without a key they read the wording of its code. */
export interface AppErrorExtra {
  fields?: Record<string, string>;
  retryAfterSeconds?: number;
  key?: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages for forms, keyed by input name. */
  readonly fields?: Record<string, string>;
  /** Seconds until a rate-limited action may be retried. */
  readonly retryAfterSeconds?: number;
  /** The wording in the "errors" messages, and its values. */
  readonly key?: string;
  readonly values?: Record<string, string | number>;

  constructor(code: AppErrorCode, message: string, extra: AppErrorExtra = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSeconds = extra.retryAfterSeconds;
    this.key = extra.key;
    this.values = extra.values;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

/** Not found and not allowed look the same to the caller. */
export function notFound(what: string): AppError {
  return new AppError("NOT_FOUND", `${what} was not found, or you don't have access to it.`);
}

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

/** The result shape every server action returns: only safe text reaches the browser. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: AppErrorCode | "INTERNAL"; message: string; fields?: Record<string, string>; retryAfterSeconds?: number; key?: string; values?: Record<string, string | number> };

export function toActionFailure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fields: error.fields, retryAfterSeconds: error.retryAfterSeconds, key: error.key, values: error.values };
  }
  console.error(error);
  return { ok: false, code: "INTERNAL", message: GENERIC_ERROR_MESSAGE };
}

/** Runs a server action's work and returns only safe text to the browser. */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return toActionFailure(error);
  }
}
