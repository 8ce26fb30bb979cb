// JSON route handlers: an AppError becomes its status and message; anything else is logged and
// answered with the generic error, so no internal detail reaches the client.
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";

/** The status, JSON body and headers that answer an error (for any kind of response object). */
export function errorAnswer(error: unknown): { status: number; body: unknown; headers: Record<string, string> } {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return { status: error.status, body: { error: { code: error.code, message: error.message, fields: error.fields } }, headers };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE } }, headers: {} };
}

export function jsonError(error: unknown): Response {
  const { status, body, headers } = errorAnswer(error);
  return Response.json(body, { status, headers });
}

/** The request's JSON body, or INVALID when it is not JSON. Cookie-authenticated writes take
 * JSON only: a plain form on another (even sibling) site cannot send application/json. */
export async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    throw new AppError("INVALID", "Send the request as JSON (Content-Type: application/json).");
  }
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.");
  }
}
