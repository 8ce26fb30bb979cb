// The client's address, for per-address limits.
//
// X-Forwarded-For is written by whoever sent the request, so only the entries added by proxies we
// run can be believed. With TRUSTED_PROXY_HOPS=N, the address N steps from our socket counts:
// 0 (the embedded default, no proxy) means the socket's own address and the header is ignored;
// 1 means the entry our proxy appended (nginx: $proxy_add_x_forwarded_for), whatever the client
// wrote before it. (Express's "trust proxy" = N, the same rule.)
//
// The production server decides once per request (lib/server/front-door.ts) and replaces the
// header with that one address, so code inside Next (routes, actions, next-auth) reads it back
// with clientAddressFrom. Under `next dev` the header is not replaced: Next fills it with the
// socket's address only when the client sent none, so a forged one is believed there (dev only).
import { getEnv } from "@/lib/env";

function entries(forwardedFor: string | string[] | null | undefined): string[] {
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The client's address from the socket and X-Forwarded-For, believing `hops` proxies in front of us. */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops = getEnv().TRUSTED_PROXY_HOPS): string {
  const socket = socketAddress || "unknown";
  if (hops === 0) return socket;
  const chain = [...entries(forwardedFor), socket];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socket;
}

/** Inside Next: the address the production server put in X-Forwarded-For (see above). */
export function clientAddressFrom(forwardedFor: string | string[] | null | undefined): string {
  return entries(forwardedFor).at(-1) ?? "unknown";
}
