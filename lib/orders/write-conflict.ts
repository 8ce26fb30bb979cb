// PostgreSQL may end a transaction that lost a race with a serialization failure (40001) or a
// deadlock (40P01); the right answer is to run it again. SQLite never does: its transactions
// run one at a time (lib/sqlite-adapter.ts).
const RETRYABLE_CODES = new Set(["40001", "40P01"]);

interface MaybeDriverError {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  originalCode?: unknown;
}

/** True for P2034 and for a raw serialization failure or deadlock from the pg adapter. */
export function isWriteConflict(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const e = error as MaybeDriverError;
  if (e.code === "P2034") return true;
  const codes = [e.originalCode, e.meta?.driverAdapterError?.cause?.originalCode];
  if (codes.some((code) => typeof code === "string" && RETRYABLE_CODES.has(code))) return true;
  if (typeof e.message === "string" && /deadlock detected|could not serialize access/i.test(e.message)) return true;
  return isWriteConflict(e.cause, depth + 1);
}

/** A short, growing, jittered pause before running a conflicted transaction again. */
export function conflictBackoff(attempt: number): Promise<void> {
  const ms = Math.round((5 + Math.random() * 10) * attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}
