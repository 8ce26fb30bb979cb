// The login request around next-auth's Credentials callback. next-auth answers every refused
// login alike (200 and an error in the returned URL), so this wrapper gives a limited attempt its
// proper answer, 429 with Retry-After (the body keeps next-auth's shape, so signIn() still shows
// the message), and sets the known-device cookie after a successful login (known-device.ts).
import { getEnv } from "@/lib/env";
import { LOGIN_LIMITS } from "@/lib/limits";
import { KNOWN_DEVICE_COOKIE } from "./known-device";
import { runLoginAttempt, type LoginAttempt } from "./login-attempt";

const CREDENTIALS_CALLBACK = /\/api\/auth\/callback\/credentials\/?$/;

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

function knownDeviceCookie(value: string): string {
  const secure = getEnv().appUrl.startsWith("https:") ? "; Secure" : "";
  // Sent only to the login endpoint; script on the page cannot read it.
  return `${KNOWN_DEVICE_COOKIE}=${value}; Path=/api/auth; Max-Age=${LOGIN_LIMITS.knownDeviceDays * 24 * 60 * 60}; HttpOnly; SameSite=Lax${secure}`;
}

export async function withLoginLimits(request: Request, handle: () => Promise<Response>): Promise<Response> {
  if (request.method !== "POST" || !CREDENTIALS_CALLBACK.test(new URL(request.url).pathname)) return handle();
  const attempt: LoginAttempt = { knownDevices: cookieValue(request.headers.get("cookie"), KNOWN_DEVICE_COOKIE) };
  const answered = await runLoginAttempt(attempt, handle);
  if (!attempt.refusal && !attempt.succeeded) return answered;
  const headers = new Headers(answered.headers);
  if (attempt.refusal) {
    headers.set("Retry-After", String(attempt.refusal.retryAfterSeconds ?? 60));
    return new Response(answered.body, { status: 429, headers });
  }
  headers.append("Set-Cookie", knownDeviceCookie(attempt.knownDevices ?? ""));
  return new Response(answered.body, { status: answered.status, statusText: answered.statusText, headers });
}
