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

export interface SlowdownEntry {
  attempts: number;
  notBefore: number;
  lastAt: number;
}
type Entry = SlowdownEntry;

export type SlowdownResult = { ok: true } | { ok: false; waitMs: number };

/** Where numbers' waits are kept: this process (LoginSlowdown), or PostgreSQL for several
 * instances (login-slowdown-postgres.ts). Both check and count an attempt in one step. */
export interface SlowdownStore {
  attempt(key: string): Promise<SlowdownResult>;
  forget(key: string): Promise<void>;
}

/** One attempt on a number's entry (none: never seen), at `now`: refused without counting while
 * its wait runs, else counted, with the next wait once the free attempts are used. The rule both
 * stores apply. */
export function slowdownStep(known: SlowdownEntry | undefined, now: number, rules: SlowdownRules): { result: SlowdownResult; entry: SlowdownEntry } {
  const entry = known && now - known.lastAt < rules.memorySeconds * 1000 ? { ...known } : { attempts: 0, notBefore: 0, lastAt: now };
  if (now < entry.notBefore) return { result: { ok: false, waitMs: entry.notBefore - now }, entry };
  entry.attempts += 1;
  entry.lastAt = now;
  const beyondFree = entry.attempts - rules.freeAttempts;
  if (beyondFree >= 0) {
    const delaySeconds = Math.min(rules.maxDelaySeconds, rules.firstDelaySeconds * 2 ** Math.min(beyondFree, 30));
    entry.notBefore = now + delaySeconds * 1000;
  }
  return { result: { ok: true }, entry };
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
  attempt(key: string): SlowdownResult {
    const now = this.#now();
    if (this.#entries.size > SWEEP_ABOVE) this.#sweep(now);
    const { result, entry } = slowdownStep(this.#entries.get(key), now, this.#rules);
    this.#entries.set(key, entry);
    return result;
  }

  /** The right password: the number starts afresh. */
  forget(key: string): void {
    this.#entries.delete(key);
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) if (now - entry.lastAt >= this.#rules.memorySeconds * 1000 && now >= entry.notBefore) this.#entries.delete(key);
  }
}

/** This process's slowdown as a SlowdownStore (the check and count stay one synchronous step). */
export function memorySlowdown(rules: SlowdownRules): SlowdownStore {
  const slowdown = new LoginSlowdown(rules);
  return { attempt: async (key) => slowdown.attempt(key), forget: async (key) => slowdown.forget(key) };
}
