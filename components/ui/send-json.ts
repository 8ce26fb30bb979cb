// Browser calls to our JSON routes: the answer, or the server's own message for the user, or a
// plain "no connection" when the phone is offline. One place instead of a try/fetch/parse in
// every sheet.
import { clientNotice } from "@/lib/i18n/client-notices";
export type SendResult<T> = { ok: true; data: T } | { ok: false; message: string; offline: boolean; fields?: Record<string, string> };

export async function sendJson<T = unknown>(url: string, method: "POST" | "PUT" | "PATCH" | "DELETE", body?: unknown, fallback = clientNotice("didNotWork")): Promise<SendResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: clientNotice("noConnection"), offline: true };
  }
  const payload = (await response.json().catch(() => null)) as (T & { error?: { message?: string; fields?: Record<string, string> } }) | null;
  if (response.ok) return { ok: true, data: payload as T };
  return { ok: false, message: payload?.error?.message ?? fallback, offline: false, fields: payload?.error?.fields };
}
