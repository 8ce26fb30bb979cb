// "This device has logged in to this number before": a signed, httpOnly cookie set on each
// successful login (OWASP's device cookies). A login from such a device skips the number's
// slowdown and the address limits, so strangers guessing a number cannot keep its owner out; the
// device has its own, separate budget of failures (auth-rate-limits.ts).
//
// The cookie holds up to a few tokens (people share a phone), each `deviceId.signature`, where the
// signature is an HMAC of the device id and the number under the auth secret: the number itself is
// not in the cookie, and a token proves nothing for any other number.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./auth-secret";

export const KNOWN_DEVICE_COOKIE = "chatalog.known-device";
const MAX_TOKENS = 5;

function signature(deviceId: string, phone: string): string {
  return createHmac("sha256", `known-device:${getAuthSecret()}`).update(`${deviceId}:${phone}`).digest("base64url");
}

function tokens(cookie: string | undefined): string[] {
  return (cookie ?? "").split("~").filter((token) => /^[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{43}$/.test(token));
}

/** The id of this device for `phone`, when the cookie proves it logged in to that number before. */
export function knownDeviceId(cookie: string | undefined, phone: string): string | null {
  for (const token of tokens(cookie)) {
    const [deviceId = "", signed = ""] = token.split(".");
    const expected = Buffer.from(signature(deviceId, phone));
    const given = Buffer.from(signed);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return deviceId;
  }
  return null;
}

/** The cookie's value after a successful login to `phone`: this number's token first, a few others kept. */
export function rememberDevice(cookie: string | undefined, phone: string): string {
  const deviceId = knownDeviceId(cookie, phone) ?? randomBytes(16).toString("base64url");
  const token = `${deviceId}.${signature(deviceId, phone)}`;
  return [token, ...tokens(cookie).filter((other) => other !== token)].slice(0, MAX_TOKENS).join("~");
}
