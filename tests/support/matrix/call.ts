// Calls one route handler or server action the way Next would, as one role: a fresh logged-in
// device per call (logging out other devices must not end the next call's session), a client
// address of its own (so sign-up limits count each call apart), and the module's real code.
import { broadcastDeliveriesSettled } from "@/lib/broadcasts/deliver-broadcast";
import { randomInt } from "node:crypto";
import { NextRequest } from "next/server";
import { Prisma } from "@/lib/generated/sqlite/client";
import { getDb } from "@/lib/db";
import { sessionCookieFor } from "../session-cookie";
import { current } from "./request-context";
import type { ActionOutcome, ActionRow, RouteCall, RouteRow } from "./rows";
import type { Role, World } from "./world";

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
type Action = (...args: unknown[]) => Promise<unknown>;

export async function actAsRole(world: World, role: Role): Promise<void> {
  current.cookie = role === "anonymous" ? "" : await sessionCookieFor(world.people[role]);
  current.address = `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** The route's module file under app/, from its route (/api/picks/[pickId] → app/api/picks/[pickId]/route.ts). */
export const routeFile = (route: string) => `app${route}/route.ts`;

/** The URL path of a call: the route with its params filled in. */
export function pathOf(route: string, params: RouteCall["params"] = {}): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value.map(encodeURIComponent).join("/") : encodeURIComponent(value ?? "");
  });
}

export async function callRoute(module: Record<string, unknown>, row: RouteRow, call: RouteCall): Promise<{ status: number; body: string }> {
  const handler = module[row.method] as Handler;
  const url = new URL(`http://localhost:3000${pathOf(row.route, call.params)}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.json);
  } else if (call.bytes) {
    headers["content-type"] = call.bytes.type;
    headers["content-length"] = String(call.bytes.data.length);
    body = new Uint8Array(call.bytes.data);
  }
  const { requestHeaders } = await import("./request-context");
  const request = new NextRequest(url, { method: row.method, headers: requestHeaders(headers), body });
  const response = await handler(request, { params: Promise.resolve(call.params ?? {}) });
  if (row.streams) {
    await response.body?.cancel();
    return { status: response.status, body: "" };
  }
  return { status: response.status, body: await response.text() };
}

/** A Next redirect() thrown from an action: "NEXT_REDIRECT;replace;/login;307;". */
function redirectOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;") ? (digest.split(";")[2] ?? "") : null;
}

export async function callAction(module: Record<string, unknown>, row: ActionRow, args: unknown[]): Promise<{ outcome: ActionOutcome; body: string }> {
  try {
    const result = (await (module[row.action] as Action)(...args)) as { ok: boolean; code?: ActionOutcome } | null;
    const outcome: ActionOutcome = result?.ok ? "ok" : (result?.code ?? "refused");
    return { outcome, body: JSON.stringify(result) };
  } catch (error) {
    const to = redirectOf(error);
    if (to === null) throw error;
    return { outcome: to.startsWith("/login") ? "login" : "redirect", body: to };
  }
}

/** Every table's row count: a refused write must leave them all as they were. Counted once the
 * work an earlier call left running behind it (a broadcast's albums) is done. */
export async function rowCounts(): Promise<Record<string, number>> {
  await broadcastDeliveriesSettled();
  const db = getDb() as unknown as Record<string, { count: () => Promise<number> }>;
  const names = Object.values(Prisma.ModelName).map((name) => name[0]!.toLowerCase() + name.slice(1));
  const counts = await Promise.all(names.map((name) => db[name]!.count()));
  return Object.fromEntries(names.map((name, index) => [name, counts[index]!]));
}
