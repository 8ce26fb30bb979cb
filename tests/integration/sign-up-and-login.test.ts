import { describe, expect, it } from "vitest";
import { takeSignUpAttempt } from "@/lib/auth/auth-rate-limits";
import { signUpSupplier } from "@/lib/auth/sign-up-supplier";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createUser, tableCounts, TEST_PASSWORD, uniquePhone } from "../support/factories";
import { rejection } from "../support/rejection";


let addressCounter = 0;
const freshAddress = () => `10.0.0.${++addressCounter}`;

describe("supplier sign-up", () => {
  it("creates the user, the business and an OWNER membership, with an argon2id hash", async () => {
    const phone = uniquePhone();
    const created = await signUpSupplier({ name: "Rakesh", phone: phone.replace("+91", ""), password: "long enough", businessName: "Silk Co" });
    const { userId, businessId } = created!;
    const db = getDb();
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true, passwordHash: true } });
    expect(user.phone).toBe(phone);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const membership = await db.membership.findUniqueOrThrow({ where: { businessId_userId: { businessId, userId } } });
    expect(membership.role).toBe("OWNER");
  });

  it("never returns the password hash unless asked", async () => {
    const user = await createUser();
    const row = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });

  it("does not say that a number already has an account: no error, and nothing changes", async () => {
    const existing = await createUser();
    const before = await tableCounts();
    // Today's answer to a new number is a success too; the caller answers both alike (app/signup/actions.ts).
    await expect(signUpSupplier({ name: "Again", phone: existing.phone, password: "long enough", businessName: "Dup Co" })).resolves.toBeNull();
    expect(await tableCounts()).toEqual(before);
    // The real owner's password still works; the one typed at sign-up does not.
    await expect(verifyCredentials({ phone: existing.phone, password: TEST_PASSWORD }, freshAddress())).resolves.toMatchObject({ id: existing.id });
    expect((await rejection(verifyCredentials({ phone: existing.phone, password: "long enough" }, freshAddress()))).code).toBe("UNAUTHENTICATED");
  });

  it.each(["12345", "+91 12345 67890", "not a number", ""])("refuses the malformed number %j with a clear message", async (phone) => {
    const before = await tableCounts();
    const error = await rejection(signUpSupplier({ name: "X", phone, password: "long enough", businessName: "Bad Co" }));
    expect(error.code).toBe("INVALID");
    expect(error.fields?.phone).toMatch(/country code/);
    expect(await tableCounts()).toEqual(before);
  });

  it("asks for a longer password", async () => {
    const error = await rejection(signUpSupplier({ name: "X", phone: uniquePhone(), password: "short", businessName: "Co" }));
    expect(error.fields?.password).toMatch(/at least 8/);
  });
});

describe("login", () => {
  it("accepts the right number and password in any common format", async () => {
    const user = await createUser();
    const actor = await verifyCredentials({ phone: `0${user.phone.slice(3)}`, password: TEST_PASSWORD }, freshAddress());
    expect(actor.id).toBe(user.id);
  });

  it("gives the same answer for a wrong password and an unknown number", async () => {
    const user = await createUser();
    const wrong = await rejection(verifyCredentials({ phone: user.phone, password: "nope nope" }, freshAddress()));
    const unknown = await rejection(verifyCredentials({ phone: uniquePhone(), password: "nope nope" }, freshAddress()));
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.code).toBe("UNAUTHENTICATED");
  });

  // What a stranger's failures do to the owner: tests/integration/login-limits.test.ts.
  it("lets no more than five guesses through when twenty arrive at once", async () => {
    const user = await createUser();
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => verifyCredentials({ phone: user.phone, password: `parallel ${i}` }, freshAddress())));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(15);
  });

  it("blocks one client address trying many numbers", async () => {
    const address = freshAddress();
    for (let attempt = 0; attempt < 30; attempt++) {
      await rejection(verifyCredentials({ phone: uniquePhone(), password: "guess guess" }, address));
    }
    const user = await createUser();
    const blocked = await rejection(verifyCredentials({ phone: user.phone, password: TEST_PASSWORD }, address));
    expect(blocked.code).toBe("RATE_LIMITED");
    // Another address is not affected.
    await expect(verifyCredentials({ phone: user.phone, password: TEST_PASSWORD }, freshAddress())).resolves.toMatchObject({ id: user.id });
  });

  it("rejects a malformed number before touching the database", async () => {
    const error = await rejection(verifyCredentials({ phone: "12", password: "whatever" }, freshAddress()));
    expect(error.code).toBe("INVALID");
    expect(error.message).toMatch(/country code/);
  });
});

describe("the sign-up limit per address", () => {
  it("lets SIGNUPS_PER_ADDRESS_PER_HOUR accounts through from one address, then says when to retry; other addresses are unaffected", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const limit = getEnv().SIGNUPS_PER_ADDRESS_PER_HOUR;
    for (let i = 0; i < limit; i++) await takeSignUpAttempt(address);
    const refused = await rejection(takeSignUpAttempt(address));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    await takeSignUpAttempt("198.51.100.7");
  });
});
