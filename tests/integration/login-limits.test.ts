// Issue 13, finding 2: a stranger must not be able to lock the real owner out. Five wrong
// passwords from anyone used to block the number for 15 minutes, the right password included.
// Now the number only slows down, a number+address pair and an address are limited on their own,
// and a device that logged in before passes on its own budget (lib/auth/auth-rate-limits.ts).
import { describe, expect, it } from "vitest";
import { knownDeviceId } from "@/lib/auth/known-device";
import type { LoginAttempt } from "@/lib/auth/login-attempt";
import { withLoginLimits } from "@/lib/auth/login-route";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { LOGIN_LIMITS } from "@/lib/limits";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { rejection } from "../support/rejection";

let addressCounter = 0;
const freshAddress = () => `10.13.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;
const newDevice = (): LoginAttempt => ({ knownDevices: undefined });

/** The owner logs in once from their phone: it becomes a known device. */
async function ownerWithPhone() {
  const owner = await createUser();
  const phone = newDevice();
  await verifyCredentials({ phone: owner.phone, password: TEST_PASSWORD }, freshAddress(), phone);
  expect(knownDeviceId(phone.knownDevices, owner.phone)).not.toBeNull();
  return { owner, phone };
}

async function strangerGuesses(phone: string, count: number, address?: string) {
  for (let i = 0; i < count; i++) await rejection(verifyCredentials({ phone, password: `guess ${i}` }, address ?? freshAddress(), newDevice()));
}

describe("a stranger guessing the owner's number", () => {
  it("does not stop the owner's correct password from a device that logged in before, from any address", async () => {
    const { owner, phone } = await ownerWithPhone();
    const strangersAddress = freshAddress();
    await strangerGuesses(owner.phone, 40);
    await strangerGuesses(owner.phone, 10, strangersAddress);
    // Even from the stranger's own network (a shared mobile carrier address).
    await expect(verifyCredentials({ phone: owner.phone, password: TEST_PASSWORD }, strangersAddress, phone)).resolves.toMatchObject({ id: owner.id });
    await expect(verifyCredentials({ phone: owner.phone, password: TEST_PASSWORD }, freshAddress(), phone)).resolves.toMatchObject({ id: owner.id });
  });

  it("only slows the number down for a new device: a wait of seconds, not a 15-minute block", async () => {
    const owner = await createUser();
    await strangerGuesses(owner.phone, LOGIN_LIMITS.freeFailuresPerNumber);
    const slowed = await rejection(verifyCredentials({ phone: owner.phone, password: TEST_PASSWORD }, freshAddress(), newDevice()));
    expect(slowed.code).toBe("RATE_LIMITED");
    expect(slowed.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.firstDelaySeconds);
    expect(slowed.message).toMatch(/Try again in \d seconds?\./);
  });

  it("blocks the stranger's number+address pair after five failures, with the time to wait", async () => {
    const owner = await createUser();
    const address = freshAddress();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerNumberAndAddress; i++) {
      const error = await rejection(verifyCredentials({ phone: owner.phone, password: `guess ${i}` }, address, newDevice()));
      expect(error.code).toBe("UNAUTHENTICATED");
    }
    const blocked = await rejection(verifyCredentials({ phone: owner.phone, password: "guess again" }, address, newDevice()));
    expect(blocked.code).toBe("RATE_LIMITED");
    expect(blocked.message).toMatch(/from this network\. Try again in 15 minutes/);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(LOGIN_LIMITS.pairBlockSeconds - 60);
  });
});

describe("the known-device cookie", () => {
  it("proves nothing for another number, and a made-up one proves nothing at all", async () => {
    const { phone } = await ownerWithPhone();
    const other = await createUser();
    expect(knownDeviceId(phone.knownDevices, other.phone)).toBeNull();
    expect(knownDeviceId(`${"a".repeat(22)}.${"b".repeat(43)}`, other.phone)).toBeNull();
    await strangerGuesses(other.phone, LOGIN_LIMITS.freeFailuresPerNumber);
    const slowed = await rejection(verifyCredentials({ phone: other.phone, password: TEST_PASSWORD }, freshAddress(), { knownDevices: phone.knownDevices }));
    expect(slowed.code).toBe("RATE_LIMITED");
  });

  it("keeps one token per number on a shared phone", async () => {
    const { owner, phone } = await ownerWithPhone();
    const staff = await createUser();
    await verifyCredentials({ phone: staff.phone, password: TEST_PASSWORD }, freshAddress(), phone);
    expect(knownDeviceId(phone.knownDevices, owner.phone)).not.toBeNull();
    expect(knownDeviceId(phone.knownDevices, staff.phone)).not.toBeNull();
  });

  it("gives a known device its own budget of failures", async () => {
    const { owner, phone } = await ownerWithPhone();
    for (let i = 0; i < LOGIN_LIMITS.failuresPerKnownDevice; i++) {
      expect((await rejection(verifyCredentials({ phone: owner.phone, password: `typo ${i}` }, freshAddress(), phone))).code).toBe("UNAUTHENTICATED");
    }
    const limited = await rejection(verifyCredentials({ phone: owner.phone, password: TEST_PASSWORD }, freshAddress(), phone));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/on this device/);
  });
});

describe("the login route", () => {
  /** next-auth's Credentials callback, as far as this matters: authorize, then its JSON answer. */
  function credentialsCallback(phone: string, password: string, address: string) {
    return async () => {
      try {
        await verifyCredentials({ phone, password }, address);
        return Response.json({ url: "http://localhost/chats" }, { headers: { "Set-Cookie": "next-auth.session-token=s; Path=/; HttpOnly" } });
      } catch (error) {
        return Response.json({ url: `http://localhost/login?error=${encodeURIComponent((error as Error).message)}` });
      }
    };
  }
  const loginRequest = (cookie?: string) =>
    new Request("http://localhost/api/auth/callback/credentials", { method: "POST", headers: cookie ? { cookie } : {} });

  it("answers a limited login 429 with Retry-After, keeping next-auth's answer for the form", async () => {
    const owner = await createUser();
    await strangerGuesses(owner.phone, LOGIN_LIMITS.freeFailuresPerNumber);
    const response = await withLoginLimits(loginRequest(), credentialsCallback(owner.phone, TEST_PASSWORD, freshAddress()));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toMatch(/Too many failed attempts for this number/);
  });

  it("sets the known-device cookie after a successful login, httpOnly and for the login endpoint only", async () => {
    const owner = await createUser();
    const response = await withLoginLimits(loginRequest(), credentialsCallback(owner.phone, TEST_PASSWORD, freshAddress()));
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    const device = cookies.find((cookie) => cookie.startsWith("chatalog.known-device="));
    expect(device).toMatch(/; Path=\/api\/auth; Max-Age=\d+; HttpOnly; SameSite=Lax/);

    // With it, the owner gets through although strangers slowed the number.
    await strangerGuesses(owner.phone, 20);
    const value = device!.split(";")[0]!;
    const again = await withLoginLimits(loginRequest(value), credentialsCallback(owner.phone, TEST_PASSWORD, freshAddress()));
    expect(again.status).toBe(200);
  });
});
