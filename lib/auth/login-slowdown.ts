// A growing wait per mobile number, instead of a lockout. Every attempt on a number counts as a
// failure until its password proves right (so parallel guesses cannot slip in ahead of the first
// recorded failure); after the free ones, each attempt sets when the next may come: 2 s, 4 s,
// 8 s ... up to the cap (lib/limits.ts). A stranger can make the number slow, never shut it, and
// a device that logged in to it before does not wait at all (auth-rate-limits.ts).
// Synchronous on purpose: checking and counting happen in one step, with no await between them.
export interface SlowdownRules {
  freeAttempts: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** An entry is forgotten this long after its last attempt. */
  memorySeconds: number;
}

interface Entry {
  attempts: number;
  notBefore: number;
  lastAt: number;
}

/** Above this many numbers, forgotten entries are swept on the next attempt. */
const SWEEP_ABOVE = 10_000;

export class LoginSlowdown {
  readonly #entries = new Map<string, Entry>();
  readonly #rules: SlowdownRules;
  readonly #now: () => number;

  constructor(rules: SlowdownRules, now: () => number = Date.now) {
    this.#rules = rules;
    this.#now = now;
  }

  /** Counts an attempt, or refuses it with the milliseconds to wait (then it does not count). */
  attempt(key: string): { ok: true } | { ok: false; waitMs: number } {
    const now = this.#now();
    if (this.#entries.size > SWEEP_ABOVE) this.#sweep(now);
    const known = this.#entries.get(key);
    const entry = known && now - known.lastAt < this.#rules.memorySeconds * 1000 ? known : { attempts: 0, notBefore: 0, lastAt: now };
    if (now < entry.notBefore) return { ok: false, waitMs: entry.notBefore - now };
    entry.attempts += 1;
    entry.lastAt = now;
    const beyondFree = entry.attempts - this.#rules.freeAttempts;
    if (beyondFree >= 0) {
      const delaySeconds = Math.min(this.#rules.maxDelaySeconds, this.#rules.firstDelaySeconds * 2 ** Math.min(beyondFree, 30));
      entry.notBefore = now + delaySeconds * 1000;
    }
    this.#entries.set(key, entry);
    return { ok: true };
  }

  /** The right password: the number starts afresh. */
  forget(key: string): void {
    this.#entries.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) if (now - entry.lastAt >= this.#rules.memorySeconds * 1000 && now >= entry.notBefore) this.#entries.delete(key);
  }
}
