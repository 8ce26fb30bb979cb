import { describe, expect, it } from "vitest";
import { LoginSlowdown } from "./login-slowdown";

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const rules = { freeAttempts: 3, firstDelaySeconds: 2, maxDelaySeconds: 10, memorySeconds: 3600 };

describe("LoginSlowdown", () => {
  it("lets the free attempts through, then makes each next one wait longer, up to the cap", () => {
    const time = clock();
    const slowdown = new LoginSlowdown(rules, time.now);
    expect(slowdown.attempt("n")).toEqual({ ok: true });
    expect(slowdown.attempt("n")).toEqual({ ok: true });
    expect(slowdown.attempt("n")).toEqual({ ok: true });
    // After the third: 2 s, then 4 s, 8 s, and never more than 10 s.
    for (const waitSeconds of [2, 4, 8, 10, 10]) {
      expect(slowdown.attempt("n")).toEqual({ ok: false, waitMs: waitSeconds * 1000 });
      time.advance(waitSeconds * 1000);
      expect(slowdown.attempt("n")).toEqual({ ok: true });
    }
  });

  it("does not count a refused attempt, and keeps numbers apart", () => {
    const time = clock();
    const slowdown = new LoginSlowdown(rules, time.now);
    for (let i = 0; i < 3; i++) slowdown.attempt("n");
    for (let i = 0; i < 50; i++) expect(slowdown.attempt("n").ok).toBe(false);
    time.advance(2000);
    expect(slowdown.attempt("n").ok).toBe(true); // the wait did not grow while refused
    expect(slowdown.attempt("other").ok).toBe(true);
  });

  it("starts afresh after the right password, or long after the last attempt", () => {
    const time = clock();
    const slowdown = new LoginSlowdown(rules, time.now);
    for (let i = 0; i < 3; i++) slowdown.attempt("n");
    slowdown.forget("n");
    expect(slowdown.attempt("n").ok).toBe(true);
    for (let i = 0; i < 2; i++) slowdown.attempt("n");
    time.advance(3600 * 1000);
    expect(slowdown.attempt("n").ok).toBe(true);
    expect(slowdown.attempt("n").ok).toBe(true);
  });
});
