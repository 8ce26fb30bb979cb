// Each page sends only the messages its browser components use (components/i18n/ClientMessages.tsx):
// a component that uses a namespace its page does not send shows the message's key instead of its
// words. This follows each page's and layout's imports into its browser components ("use client"
// files and everything they import) and fails when one of them uses a namespace the page or layout
// does not name. The root layout sends none.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/tests/support/source-files";
import { CLIENT_NAMESPACES } from "./client-messages";

const ROOT = process.cwd();
const ROUTE_FILES = new Set(["page.tsx", "layout.tsx", "not-found.tsx", "error.tsx", "loading.tsx", "template.tsx", "default.tsx"]);


const texts = new Map<string, string>();
const read = (path: string) => texts.get(path) ?? texts.set(path, readFileSync(join(ROOT, path), "utf8")).get(path)!;

// Static imports and re-exports (not `import type`), and import() of lazily loaded parts.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? normalize(join(dirname(from), specifier)) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(join(ROOT, candidate))) return relative(ROOT, join(ROOT, candidate));
  }
  return null;
}

function importsOf(path: string): string[] {
  return [...read(path).matchAll(IMPORT)].flatMap((match) => resolve(path, (match[1] ?? match[2])!) ?? []);
}

function namespacesUsedIn(path: string): string[] {
  const text = read(path);
  if (/useTranslations\(\s*\)/.test(text) || /useTranslations\(\s*[^"\s)]/.test(text)) throw new Error(`${path}: useTranslations without a literal namespace cannot be checked`);
  return [...text.matchAll(/useTranslations\(\s*"([\w.]+)"/g)].map((match) => match[1]!.split(".")[0]!);
}

/** The namespaces the browser components reachable from `entry` use. */
function browserNamespaces(entry: string): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const stack: Array<[string, boolean]> = [[entry, false]];
  while (stack.length) {
    const [path, parentIsClient] = stack.pop()!;
    const client = parentIsClient || /^\s*["']use client["']/.test(read(path));
    const key = `${path}|${client}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (client) namespacesUsedIn(path).forEach((ns) => needed.add(ns));
    for (const next of importsOf(path)) stack.push([next, client]);
  }
  return needed;
}

/** What each <ClientMessages namespaces={[...]}> in a file sends. */
function sentBy(path: string): string[][] {
  return [...read(path).matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}>/g)].map((match) => [...match[1]!.matchAll(/"(\w+)"/g)].map((m) => m[1]!));
}

/** The layouts that wrap a route file, outermost first (app/layout.tsx, app/chats/layout.tsx, ...). */
function layoutsAbove(route: string): string[] {
  const parts = dirname(route).split("/");
  const layouts: string[] = [];
  for (let depth = 1; depth <= parts.length; depth++) {
    const layout = `${parts.slice(0, depth).join("/")}/layout.tsx`;
    if (layout !== route && existsSync(join(ROOT, layout))) layouts.push(layout);
  }
  return layouts;
}

describe("each page sends the messages its browser components use", () => {
  const routes = sourceFiles("app", { tsx: true }).filter((path) => ROUTE_FILES.has(path.split("/").pop()!));

  it("finds the pages and what their components use (the scan works)", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect([...browserNamespaces("app/chats/[conversationId]/page.tsx")]).toEqual(expect.arrayContaining(["chat", "composer", "orders", "picks"]));
  });

  it.each(routes)("%s", (route) => {
    const needed = [...browserNamespaces(route)].sort();
    if (route === "app/layout.tsx" || !needed.length) {
      expect(needed).toEqual([]);
      return;
    }
    // A page's <ClientMessages> adds to its layouts' (components/i18n/MessagesProvider.tsx).
    const inherited = layoutsAbove(route).flatMap((layout) => sentBy(layout).flat());
    const sent = sentBy(route);
    if (!sent.length) sent.push([]);
    for (const namespaces of sent) {
      const missing = needed.filter((ns) => !namespaces.includes(ns) && !inherited.includes(ns));
      expect(missing, `${route} renders browser components that use ${missing.join(", ")}: name them in its <ClientMessages> or a layout's`).toEqual([]);
    }
  });

  it("sends no namespace its layout already sends (it would travel twice)", () => {
    for (const route of routes) {
      const inherited = layoutsAbove(route).flatMap((layout) => sentBy(layout).flat());
      for (const namespaces of sentBy(route)) expect(namespaces.filter((ns) => inherited.includes(ns)), route).toEqual([]);
    }
  });

  it("names only namespaces that exist", () => {
    const known = new Set<string>(CLIENT_NAMESPACES);
    for (const route of routes) for (const namespaces of sentBy(route)) expect(namespaces.filter((ns) => !known.has(ns))).toEqual([]);
  });
});
