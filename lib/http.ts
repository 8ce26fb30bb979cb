// JSON route handlers: an AppError becomes its status and message; anything else is logged and
// answered with the generic error, so no internal detail reaches the client.
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { localizeFailure } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { bodyLimitFor } from "@/lib/limits";

/** The status, JSON body and headers that answer an error (for any kind of response object). */
export function errorAnswer(error: unknown, locale: Locale = "en"): { status: number; body: unknown; headers: Record<string, string> } {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    const said = localizeFailure({ code: error.code, message: error.message, fields: error.fields, key: error.key, values: error.values }, locale);
    return { status: error.status, body: { error: { code: error.code, message: said.message, fields: said.fields } }, headers };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "INTERNAL", message: localizeFailure({ code: "INTERNAL", message: GENERIC_ERROR_MESSAGE }, locale).message } }, headers: {} };
}

/** An error as a JSON response, worded in `locale` (the reader's language; see lib/i18n/error-text.ts). */
export function jsonError(error: unknown, locale: Locale = "en"): Response {
  const { status, body, headers } = errorAnswer(error, locale);
  return Response.json(body, { status, headers });
}

/** The request's JSON body, or INVALID when it is not JSON. Cookie-authenticated writes take
 * JSON only: a plain form on another (even sibling) site cannot send application/json.
 * The body is read only up to its route's limit (lib/limits.ts): in production the front door has
 * refused a longer declared body already; this holds for `next dev` and a body that lies. */
export async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("INVALID", "Send the request as JSON (Content-Type: application/json).");
  }
  const text = await readTextWithinLimit(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.");
  }
}

async function readTextWithinLimit(request: Request): Promise<string> {
  const limit = bodyLimitFor(new URL(request.url).pathname, false);
  const tooLarge = () => new AppError("TOO_LARGE", `${limit.what} is too large.`);
  if (Number(request.headers.get("content-length") ?? 0) > limit.maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit.maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
