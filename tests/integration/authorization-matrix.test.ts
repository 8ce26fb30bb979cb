process.env.NEXTAUTH_URL ??= "http://localhost:3000"; // next-auth warns without it
// The authorization matrix (issue 13): every route handler and server action in app/, called as
// every role against real data (SQLite, and PostgreSQL in the second integration run). The rows
// are in tests/support/matrix/rows.ts; a route or action without one fails the first test.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAsRole, callAction, callRoute, pathOf, routeFile, rowCounts } from "../support/matrix/call";
import { actionRows, routeRows } from "../support/matrix/rows";
import { current, nextHeaders } from "../support/matrix/request-context";
import { buildWorld, ROLES, secretsOf, type World } from "../support/matrix/world";
import { serveGatewayForTests } from "../support/gateway-server";

vi.mock("next/headers", async () => (await import("../support/matrix/request-context")).nextHeaders);
// Outside Next there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

// next-auth's route handler reads next/headers through Node's require, past vi.mock: the same
// answers go into the CommonJS module it gets (plain properties), put back afterwards.
const nextHeadersCjs = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const realNextHeaders = { ...nextHeadersCjs };
beforeAll(() => void Object.assign(nextHeadersCjs, nextHeaders));
afterAll(() => void Object.assign(nextHeadersCjs, realNextHeaders));

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

/** Every file under app/ whose name passes `keep`, relative to the repo (app/...). */
function filesUnderApp(keep: (name: string, text: () => string) => boolean, dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnderApp(keep, full);
    return keep(entry.name, () => readFileSync(full, "utf8")) ? [path.relative(path.dirname(APP), full)] : [];
  });
}

const load = (file: string) => import(/* @vite-ignore */ path.join(path.dirname(APP), file)) as Promise<Record<string, unknown>>;

/** "GET /api/picks/[pickId]" for each exported method of each route.ts. */
async function routesInApp(): Promise<string[]> {
  const keys = [];
  for (const file of filesUnderApp((name) => /^route\.(ts|tsx|js)$/.test(name))) {
    const route = "/" + path.dirname(path.relative("app", file)).split(path.sep).join("/");
    for (const name of Object.keys(await load(file))) if (METHODS.has(name)) keys.push(`${name} ${route === "/." ? "/" : route}`);
  }
  return keys.sort();
}

/** "app/orders/actions.ts orderAgainAction" for each function of each "use server" file. */
async function actionsInApp(): Promise<string[]> {
  const keys = [];
  for (const file of filesUnderApp((name, text) => /\.(ts|tsx)$/.test(name) && /^\s*["']use server["']/.test(text()))) {
    for (const [name, value] of Object.entries(await load(file))) if (typeof value === "function") keys.push(`${file} ${name}`);
  }
  return keys.sort();
}

describe("the authorization matrix", () => {
  it("has exactly one row for every route handler and server action in app/", async () => {
    const inApp = [...(await routesInApp()), ...(await actionsInApp())];
    const rows = [...routeRows.map((row) => `${row.method} ${row.route}`), ...actionRows.map((row) => `${row.file} ${row.action}`)];
    expect(inApp.filter((key) => !rows.includes(key)), "routes and actions in app/ without a row in tests/support/matrix/rows.ts").toEqual([]);
    expect(rows.filter((key) => !inApp.includes(key)), "rows for routes or actions that are not in app/").toEqual([]);
    expect(rows.length, "one row each").toBe(new Set(rows).size);
  });
});

describe("every route and action, as every role", () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  }, 60_000);

  async function expectNothingLeaked(role: (typeof ROLES)[number], body: string, what: string) {
    for (const secret of secretsOf(world, role)) {
      expect(body.includes(secret), `${what} as ${role} shows "${secret}"`).toBe(false);
    }
  }

  for (const row of routeRows) {
    it(`${row.method} ${row.route}`, async () => {
      const loaded = await load(routeFile(row.route));
      const answers: Record<string, number> = {};
      for (const role of ROLES) {
        await actAsRole(world, role);
        const call = await row.call(world, role);
        const before = await rowCounts();
        const answer = await callRoute(loaded, row, call);
        answers[role] = answer.status;
        await expectNothingLeaked(role, answer.body, `${row.method} ${row.route}`);
        if (answer.status >= 400) expect(await rowCounts(), `${row.method} ${row.route} refused ${role} but wrote`).toEqual(before);
        await row.after?.(world, role, call, answer);
      }
      expect(answers).toEqual(row.expect);
    });
  }

  for (const row of actionRows) {
    it(`${row.file} ${row.action}`, async () => {
      const loaded = await load(row.file);
      const answers: Record<string, string> = {};
      for (const role of ROLES) {
        await actAsRole(world, role);
        const args = await row.args(world, role);
        const before = await rowCounts();
        const { outcome, body } = await callAction(loaded, row, args);
        answers[role] = outcome;
        await expectNothingLeaked(role, body, `${row.action}`);
        if (outcome !== "ok" && outcome !== "redirect") expect(await rowCounts(), `${row.action} refused ${role} but wrote`).toEqual(before);
      }
      expect(answers).toEqual(row.expect);
    });
  }

  // In production the chat gateway answers its hottest paths before Next (lib/server): the same
  // rows, through it, must get the same answers.
  describe("through the chat gateway", () => {
    const gateway = serveGatewayForTests();

    const gatewayRows = routeRows.filter((row) => row.route === "/api/events" || /^\/api\/conversations\/\[conversationId\]\/(messages|receipts)$/.test(row.route));
    it("answers its paths (the event stream, messages, receipts)", () => {
      expect(gatewayRows.map((row) => `${row.method} ${row.route}`).sort()).toEqual([
        "GET /api/conversations/[conversationId]/messages",
        "GET /api/events",
        "POST /api/conversations/[conversationId]/messages",
        "POST /api/conversations/[conversationId]/receipts",
      ]);
    });

    for (const row of gatewayRows) {
      it(`${row.method} ${row.route}`, async () => {
        const answers: Record<string, number> = {};
        for (const role of ROLES) {
          await actAsRole(world, role);
          const call = await row.call(world, role);
          const before = await rowCounts();
          const controller = new AbortController();
          const response = await fetch(gateway.base + pathOf(row.route, call.params), {
            method: row.method,
            headers: { ...(current.cookie ? { cookie: current.cookie } : {}), ...(call.json !== undefined ? { "content-type": "application/json" } : {}) },
            body: call.json !== undefined ? JSON.stringify(call.json) : undefined,
            signal: controller.signal,
          });
          answers[role] = response.status;
          const body = row.streams ? "" : await response.text();
          controller.abort();
          await expectNothingLeaked(role, body, `the gateway's ${row.method} ${row.route}`);
          if (response.status >= 400) expect(await rowCounts(), `the gateway's ${row.method} ${row.route} refused ${role} but wrote`).toEqual(before);
        }
        expect(answers).toEqual(row.expect);
      });
    }
  });
});
