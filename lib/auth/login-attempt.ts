// One login attempt's context, from the next-auth route (login-route.ts) down to
// verifyCredentials and back: next-auth's Credentials flow passes only the form's fields to
// `authorize` and answers every refusal alike, so the device cookie goes in, and a refusal's retry
// time and the renewed device cookie come out, through this.
import { AsyncLocalStorage } from "node:async_hooks";
import type { AppError } from "@/lib/errors";

export interface LoginAttempt {
  /** The known-device cookie the browser sent; replaced after a successful login. */
  knownDevices: string | undefined;
  /** Set when the limits refused the attempt (the route answers 429 with its retry time). */
  refusal?: AppError;
  /** True once a login succeeded and `knownDevices` holds the renewed cookie. */
  succeeded?: boolean;
}

const storage = new AsyncLocalStorage<LoginAttempt>();

export function runLoginAttempt<T>(attempt: LoginAttempt, work: () => Promise<T>): Promise<T> {
  return storage.run(attempt, work);
}

export function currentLoginAttempt(): LoginAttempt | undefined {
  return storage.getStore();
}
