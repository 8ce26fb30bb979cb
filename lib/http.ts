// JSON route handlers: an AppError becomes its status and message; anything else is logged and
// answered with the generic error, so no internal detail reaches the client.
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";

export function jsonError(error: unknown): Response {
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
    return Response.json({ error: { code: error.code, message: error.message, fields: error.fields } }, { status: error.status, headers });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE } }, { status: 500 });
}

/** The request's JSON body, or INVALID when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.");
  }
}
