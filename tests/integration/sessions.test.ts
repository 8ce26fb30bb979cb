// Sessions that end (issue 13, finding 6): the cookie is honoured only while its Session row
// exists, so logging out, "log out other devices" and a password change end sessions even for a
// copied cookie, and the memo in session-actor.ts never outlives the change in this process.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { changePassword } from "@/lib/auth/change-password";
import { endOtherSessions } from "@/lib/auth/end-other-sessions";
import { endSession } from "@/lib/auth/end-session";
import { getAccount } from "@/lib/auth/get-account";
import { verifyPassword } from "@/lib/auth/password";
import { actorFromCookies, parseCookieHeader } from "@/lib/auth/session-actor";
import { getDb } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "../support/factories";
import { rejection } from "../support/rejection";
import { logInAs } from "../support/session-cookie";
import { serveGatewayForTests } from "../support/gateway-server";

const actorOf = (cookie: string) => actorFromCookies(parseCookieHeader(cookie));

async function passwordHashOf(userId: string): Promise<string> {
  return (await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

describe("a session cookie", () => {
  it("names its user while the session lasts, and is refused once logged out, though it was just used", async () => {
    const user = await createUser();
    const device = await logInAs(user);
    expect(await actorOf(device.cookie)).toEqual({ id: user.id, name: user.name, locale: null, sessionId: device.sessionId });
    await endSession(device.sessionId);
    expect(await actorOf(device.cookie)).toBeNull();
  });

  it("is refused without a session id (a cookie from before sessions could end) or for a session of someone else", async () => {
    const user = await createUser();
    const other = await createUser();
    const withoutSession = `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name }, secret: getAuthSecret() })}`;
    expect(await actorOf(withoutSession)).toBeNull();
    const othersSession = (await logInAs(other)).sessionId;
    const borrowed = `next-auth.session-token=${await encode({ token: { sub: user.id, name: user.name, sid: othersSession }, secret: getAuthSecret() })}`;
    expect(await actorOf(borrowed)).toBeNull();
  });

  it("is refused once its row is past its expiry", async () => {
    const user = await createUser();
    const device = await logInAs(user);
    await getDb().session.update({ where: { id: device.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorOf(device.cookie)).toBeNull();
  });
});

describe("log out other devices", () => {
  it("ends every other session of the actor, keeps this one, and leaves other people alone", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const [phone, tablet, laptop] = [await logInAs(user), await logInAs(user), await logInAs(user)];
    const strangers = await logInAs(stranger);
    // Each device has been seen (and remembered) before the change.
    for (const device of [phone, tablet, laptop, strangers]) expect(await actorOf(device.cookie)).not.toBeNull();
    expect((await getAccount(phone.actor)).otherSessions).toBe(2);

    expect(await endOtherSessions(phone.actor)).toBe(2);

    expect(await actorOf(phone.cookie)).toMatchObject({ id: user.id });
    expect(await actorOf(tablet.cookie)).toBeNull();
    expect(await actorOf(laptop.cookie)).toBeNull();
    expect(await actorOf(strangers.cookie)).toMatchObject({ id: stranger.id });
    expect((await getAccount(phone.actor)).otherSessions).toBe(0);
  });

  it("cannot end another person's sessions by naming them as its own", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const strangers = await logInAs(stranger);
    await logInAs(user);
    await endOtherSessions({ id: user.id, name: user.name, sessionId: "not-a-session" });
    expect(await actorOf(strangers.cookie)).toMatchObject({ id: stranger.id });
  });
});

describe("changing the password", () => {
  it("needs the current password: a wrong one changes nothing and ends no session", async () => {
    const user = await createUser();
    const [phone, tablet] = [await logInAs(user), await logInAs(user)];
    const before = await passwordHashOf(user.id);
    const error = await rejection(changePassword(phone.actor, { currentPassword: "not my password", newPassword: "a brand new one" }));
    expect(error.code).toBe("INVALID");
    expect(error.fields?.currentPassword).toMatch(/not your current password/);
    expect(await passwordHashOf(user.id)).toBe(before);
    expect(await actorOf(tablet.cookie)).not.toBeNull();
  });

  it("validates the new password", async () => {
    const user = await createUser();
    const { actor } = await logInAs(user);
    const error = await rejection(changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "short" }));
    expect(error.fields?.newPassword).toMatch(/at least 8/);
  });

  it("replaces the password, ends the other sessions and keeps the current one", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const [phone, tablet] = [await logInAs(user), await logInAs(user)];
    const strangers = await logInAs(stranger);
    expect(await actorOf(tablet.cookie)).not.toBeNull();

    expect(await changePassword(phone.actor, { currentPassword: TEST_PASSWORD, newPassword: "a brand new one" })).toEqual({ endedSessions: 1 });

    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(hash, "a brand new one")).toBe(true);
    expect(await verifyPassword(hash, TEST_PASSWORD)).toBe(false);
    expect(await actorOf(phone.cookie)).toMatchObject({ id: user.id });
    expect(await actorOf(tablet.cookie)).toBeNull();
    expect(await actorOf(strangers.cookie)).toMatchObject({ id: stranger.id });
  });

  it("stops guessing the current password after five wrong tries, even with the right one", async () => {
    const user = await createUser();
    const { actor } = await logInAs(user);
    const guesses = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => changePassword(actor, { currentPassword: `guess ${i}`, newPassword: "a brand new one" })));
    const codes = guesses.map((guess) => (guess.status === "rejected" ? (guess.reason as { code: string }).code : "OK"));
    expect(codes.filter((code) => code === "INVALID")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(3);
    const right = await rejection(changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "a brand new one" }));
    expect(right.code).toBe("RATE_LIMITED");
    expect(right.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("an open event stream", () => {
  const gateway = serveGatewayForTests();

  /** Opens /api/events with `cookie`; `ended` settles when the server ends the stream. */
  async function openStream(cookie: string) {
    let request: http.ClientRequest | undefined;
    const state = { ended: false };
    const ended = new Promise<void>((resolve) => {
      request = http.get(`${gateway.base}/api/events`, { headers: { cookie } }, (response) => {
        response.resume();
        response.on("end", () => {
          state.ended = true;
          resolve();
        });
      });
    });
    await new Promise<void>((resolve) => request!.on("response", (response) => (expect(response.statusCode).toBe(200), resolve())));
    return { ended, state, close: () => request!.destroy() };
  }

  it("is closed when its session ends here, and the person's other streams stay open", async () => {
    const user = await createUser();
    const [phone, tablet] = [await logInAs(user), await logInAs(user)];
    const [phoneStream, tabletStream] = [await openStream(phone.cookie), await openStream(tablet.cookie)];

    await endOtherSessions(phone.actor);
    await tabletStream.ended;
    // One more answer from the same server: anything it meant to end is ended by now.
    expect((await fetch(`${gateway.base}/api/events`, { headers: { cookie: tablet.cookie } })).status).toBe(401);
    expect(phoneStream.state.ended).toBe(false);
    phoneStream.close();
  });
});
