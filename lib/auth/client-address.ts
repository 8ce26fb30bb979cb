// The client's address for per-address limits, from X-Forwarded-For.
//
// Next.js fills X-Forwarded-For with the socket's address only when the request has none, so a
// client talking to Next directly can send its own value. Behind a proxy that appends the
// real address (nginx: $proxy_add_x_forwarded_for), set TRUSTED_PROXY_HOPS=1 and the entry the
// proxy added is used. With 0 (the embedded default), the last entry is used: the socket address
// unless the client forged the header, which then only buys it a fresh per-address budget; the
// per-number limit still holds.
import { getEnv } from "@/lib/env";

export function clientAddressFrom(forwardedFor: string | null | undefined): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = getEnv().TRUSTED_PROXY_HOPS;
  const index = hops > 0 ? entries.length - hops : entries.length - 1;
  return entries[Math.max(0, index)] ?? "unknown";
}
