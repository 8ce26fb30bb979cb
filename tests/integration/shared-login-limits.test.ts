// Cluster mode's limits live in PostgreSQL (issue 14): two sets of limiters, each with its own
// connection pool as two instances have, share one database. Five wrong passwords through one
// block the number on the other; the right password through either starts it afresh; posting
// through both spends one budget.
import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAuthLimiters, recordLoginSuccess, takeLoginAttempt } from "@/lib/auth/auth-rate-limits";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { createPostingLimiter, takePost } from "@/lib/messages/posting-limit";
import { ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE, LOGIN_LIMITS } from "@/lib/limits";
import { anonymousStreamWait, countAnonymousStream, createAnonymousStreamLimiter } from "@/lib/realtime/anonymous-stream-limit";
import { rejection } from "../support/rejection";
import { testProvider } from "../support/test-database";

const pools: Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

function poolOfAnInstance() {
  const pool = new Pool({ connectionString: getEnv().databaseUrl, max: 3 });
  pool.on("error", () => undefined); // idle connections closed by the test database's teardown
  pools.push(pool);
  return pool;
}

const instance = () => createAuthLimiters(poolOfAnInstance());

describe.runIf(testProvider === "postgres")("login limits shared by every instance", () => {
  it("five wrong passwords through A block the number on B, from the same network and from another", async () => {
    const [a, b] = [await instance(), await instance()];
    const phone = "+919800011111";
    for (let i = 0; i < LOGIN_LIMITS.failuresPerNumberAndAddress; i++) await takeLoginAttempt(phone, "203.0.113.5", null, a);
    const sameNetwork = await rejection(takeLoginAttempt(phone, "203.0.113.5", null, b));
    expect(sameNetwork.code).toBe("RATE_LIMITED");
    expect(sameNetwork.message).toMatch(/^Too many failed attempts from this network/);
    // From another network the number itself waits: counted through A, enforced by B.
    const otherNetwork = await rejection(takeLoginAttempt(phone, "198.51.100.9", null, b));
    expect(otherNetwork.code).toBe("RATE_LIMITED");
    expect(otherNetwork.message).toMatch(/^Too many failed attempts for this number/);
    // Another number is not touched.
    await takeLoginAttempt("+919800022222", "198.51.100.9", null, b);
  });

  it("lines up parallel attempts through two instances: only the free ones get through", async () => {
    const [a, b] = [await instance(), await instance()];
    const phone = "+919800033333";
    // Each from its own address, so only the number's own count can stop them.
    const attempts = Array.from({ length: 12 }, (_, i) => takeLoginAttempt(phone, `192.0.2.${i + 1}`, null, i % 2 ? a : b));
    const results = await Promise.allSettled(attempts);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(LOGIN_LIMITS.freeFailuresPerNumber);
  });

  it("the right password through one instance clears the number for all", async () => {
    const [a, b] = [await instance(), await instance()];
    const phone = "+919800044444";
    for (let i = 0; i < LOGIN_LIMITS.freeFailuresPerNumber; i++) await takeLoginAttempt(phone, `192.0.2.${100 + i}`, null, a);
    expect((await rejection(takeLoginAttempt(phone, "192.0.2.200", null, b))).code).toBe("RATE_LIMITED");
    await recordLoginSuccess(phone, "192.0.2.104", null, a);
    await takeLoginAttempt(phone, "192.0.2.201", null, b);
  });

  it("posting through two instances spends one budget per person and conversation", async () => {
    const before = process.env.POSTS_PER_CONVERSATION_PER_MINUTE;
    process.env.POSTS_PER_CONVERSATION_PER_MINUTE = "6"; // the test setup raises it for the fast suites
    resetEnvForTests();
    const [a, b] = [await createPostingLimiter(poolOfAnInstance()), await createPostingLimiter(poolOfAnInstance())];
    if (before === undefined) delete process.env.POSTS_PER_CONVERSATION_PER_MINUTE;
    else process.env.POSTS_PER_CONVERSATION_PER_MINUTE = before;
    resetEnvForTests();
    expect(a.points).toBe(6);
    for (let i = 0; i < a.points; i++) await takePost("meena", "conversation-1", i % 2 ? a : b);
    const refused = await rejection(takePost("meena", "conversation-1", b));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.message).toBe("You are sending messages very fast. They will go out in a moment.");
    await takePost("meena", "conversation-2", a); // another conversation has its own
  });

  it("signed-out stream handshakes counted through A make the address wait on B", async () => {
    const [a, b] = [await createAnonymousStreamLimiter(poolOfAnInstance()), await createAnonymousStreamLimiter(poolOfAnInstance())];
    const address = "203.0.113.77";
    for (let i = 0; i < ANONYMOUS_STREAM_ATTEMPTS_PER_ADDRESS_PER_MINUTE; i++) await countAnonymousStream(address, a);
    expect(await anonymousStreamWait(address, b)).toBeGreaterThan(0);
    expect(await anonymousStreamWait("198.51.100.77", b)).toBeNull();
  });
});
