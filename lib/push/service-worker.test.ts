// Runs public/sw.js, exactly as served, in a context with a fake `self`: its push and
// notificationclick handlers are what a phone runs when a notification arrives or is tapped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";

type Listener = (event: unknown) => void;
interface FakeClient {
  url: string;
  focus: ReturnType<typeof vi.fn>;
  navigate?: ReturnType<typeof vi.fn>;
}

const source = readFileSync(path.resolve("public/sw.js"), "utf8");
const ORIGIN = "https://chatalog.example";

/** The Cache Storage API, in memory: what the worker stores shared photos in. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (request: Request | string) => (typeof request === "string" ? request : request.url);
  return {
    stores,
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return {
        put: async (request: Request | string, response: Response) => void store.set(keyOf(request), response),
        match: async (request: Request | string) => store.get(keyOf(request))?.clone(),
        keys: async () => [...store.keys()].map((url) => new Request(url)),
        delete: async (request: Request | string) => store.delete(keyOf(request)),
      };
    },
  };
}

type Network = (request: Request | string) => Promise<Response>;

function loadWorker(windows: FakeClient[] = [], network: Network = async () => new Response(null, { status: 201 })) {
  const listeners = new Map<string, Listener>();
  const caches = fakeCaches();
  const fetch = vi.fn(network);
  const self = {
    location: { origin: ORIGIN },
    crypto: globalThis.crypto,
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: vi.fn(),
    registration: {
      showNotification: vi.fn(async () => undefined),
      pushManager: { subscribe: vi.fn(async (options: unknown) => ({ toJSON: () => ({ endpoint: "https://fcm.googleapis.com/fcm/send/new", options }) })) },
    },
    clients: {
      claim: vi.fn(async () => undefined),
      matchAll: vi.fn(async () => windows),
      openWindow: vi.fn(async (url: string) => ({ url })),
    },
  };
  runInNewContext(source, { self, URL, console, fetch, caches, Response });
  /** Dispatches an event and waits for the promise the handler gave waitUntil. */
  async function dispatch(type: string, fields: Record<string, unknown>) {
    let pending: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ ...fields, waitUntil: (promise: Promise<unknown>) => (pending = promise) });
    return pending;
  }
  /** A fetch event: the response the worker gave respondWith, or null when it let the request
   * pass; what it gave waitUntil (storing a copy) has finished by then. */
  async function intercept(request: Request | FakeNavigation): Promise<Response | null> {
    let answer: Promise<Response> | null = null;
    const pending: Promise<unknown>[] = [];
    listeners.get("fetch")!({ request, respondWith: (response: Promise<Response>) => (answer = response), waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    const response = answer ? await answer : null;
    await Promise.all(pending);
    return response;
  }
  return { self, dispatch, fetch, caches, intercept };
}

/** A page load: `new Request` cannot make one (mode "navigate" is the browser's alone). */
interface FakeNavigation {
  url: string;
  method: "GET";
  mode: "navigate";
}
const pageLoad = (path: string): FakeNavigation => ({ url: ORIGIN + path, method: "GET", mode: "navigate" });

const pushData = (payload: unknown) => ({ json: () => (typeof payload === "string" ? JSON.parse(payload) : payload) });
const notification = (url: unknown) => ({ data: { url }, close: vi.fn() });
const client = (url: string, navigable = true): FakeClient => {
  const c: FakeClient = { url, focus: vi.fn(async () => c) };
  if (navigable) c.navigate = vi.fn(async (to: string) => ({ ...c, url: to }));
  return c;
};

describe("push", () => {
  it("shows the server's notification with its text, thumbnail and where a tap leads, one per conversation", async () => {
    const { self, dispatch } = loadWorker();
    const payload = { title: "Meena Fashions", body: "📷 6 designs", url: "/chats/c1", tag: "conversation-c1", image: "/photos/ab.jpg", conversationId: "c1" };
    await dispatch("push", { data: pushData(payload) });
    expect(self.registration.showNotification).toHaveBeenCalledWith("Meena Fashions", {
      body: "📷 6 designs",
      icon: "/icons/icon-192.png",
      badge: "/icons/badge-96.png",
      tag: "conversation-c1",
      renotify: true,
      image: `${ORIGIN}/photos/ab.jpg`,
      data: { url: `${ORIGIN}/chats/c1` },
    });
  });

  it("still shows a notice when the payload is missing or unreadable (Chrome requires one per push)", async () => {
    for (const data of [null, pushData("not json"), pushData({ body: "no title" })]) {
      const { self, dispatch } = loadWorker();
      await dispatch("push", { data: data === null ? null : { json: () => data.json() } });
      expect(self.registration.showNotification).toHaveBeenCalledWith("Chatalog", expect.objectContaining({ body: "Something new in your chats", data: { url: `${ORIGIN}/chats` } }));
    }
  });

  it("never sends a tap to another site", async () => {
    const { self, dispatch } = loadWorker();
    await dispatch("push", { data: pushData({ title: "x", body: "y", url: "https://evil.example/phish", image: "https://evil.example/pixel.gif" }) });
    expect(self.registration.showNotification).toHaveBeenCalledWith("x", expect.objectContaining({ data: { url: `${ORIGIN}/chats` }, image: `${ORIGIN}/chats` }));
  });
});

describe("notificationclick", () => {
  it("focuses a tab already showing the page", async () => {
    const there = client(`${ORIGIN}/chats/c1`);
    const other = client(`${ORIGIN}/orders`);
    const { self, dispatch } = loadWorker([other, there]);
    const tapped = notification(`${ORIGIN}/chats/c1`);
    await dispatch("notificationclick", { notification: tapped });
    expect(tapped.close).toHaveBeenCalled();
    expect(there.focus).toHaveBeenCalled();
    expect(other.navigate).not.toHaveBeenCalled();
    expect(self.clients.openWindow).not.toHaveBeenCalled();
  });

  it("brings an open tab of ours to the page when none shows it", async () => {
    const other = client(`${ORIGIN}/orders`);
    const { self, dispatch } = loadWorker([other]);
    await dispatch("notificationclick", { notification: notification(`${ORIGIN}/orders/o1`) });
    expect(other.navigate).toHaveBeenCalledWith(`${ORIGIN}/orders/o1`);
    expect(self.clients.openWindow).not.toHaveBeenCalled();
  });

  it("opens a new window when no tab is open (or none can be moved)", async () => {
    for (const windows of [[], [client(`${ORIGIN}/login`, false)]]) {
      const { self, dispatch } = loadWorker(windows);
      await dispatch("notificationclick", { notification: notification(`${ORIGIN}/chats/c9`) });
      expect(self.clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/chats/c9`);
    }
  });
});

describe("install and activate", () => {
  it("takes over at once, so the page it was registered from is controlled", async () => {
    const { self, dispatch } = loadWorker();
    await dispatch("install", {});
    await dispatch("activate", {});
    expect(self.skipWaiting).toHaveBeenCalled();
    expect(self.clients.claim).toHaveBeenCalled();
  });
});

describe("pushsubscriptionchange", () => {
  it("subscribes again with the old options and tells the server, so notifications do not silently stop", async () => {
    const { self, dispatch, fetch } = loadWorker();
    const options = { userVisibleOnly: true, applicationServerKey: "key" };
    await dispatch("pushsubscriptionchange", { oldSubscription: { options }, newSubscription: null });
    expect(self.registration.pushManager.subscribe).toHaveBeenCalledWith(options);
    expect(fetch).toHaveBeenCalledWith("/api/push/subscriptions", expect.objectContaining({ method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" } }));
    const calls = fetch.mock.calls as unknown as [string, { body: string }][];
    expect(JSON.parse(calls[0]![1].body)).toMatchObject({ endpoint: "https://fcm.googleapis.com/fcm/send/new" });
  });

  it("sends the browser's new subscription when it has one", async () => {
    const { self, dispatch, fetch } = loadWorker();
    await dispatch("pushsubscriptionchange", { oldSubscription: null, newSubscription: { toJSON: () => ({ endpoint: "https://fcm.googleapis.com/fcm/send/given" }) } });
    expect(self.registration.pushManager.subscribe).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("share target", () => {
  const share = (files: File[], path = "/share") => {
    const form = new FormData();
    for (const file of files) form.append("photos", file);
    form.append("text", "from the gallery");
    return new Request(ORIGIN + path, { method: "POST", body: form });
  };
  const jpeg = (name: string, bytes = 100) => new File([new Uint8Array(bytes).fill(7)], name, { type: "image/jpeg" });

  it("keeps the shared images and sends the person on to pick a chat; anything not an image stays out", async () => {
    const { intercept, caches } = loadWorker();
    const answer = await intercept(share([jpeg("kurti 1.jpg", 120), new File(["%PDF"], "list.pdf", { type: "application/pdf" }), jpeg("kurti 2.jpg", 80)]));
    expect(answer!.status).toBe(303);
    const to = new URL(answer!.headers.get("Location")!);
    expect(to.origin).toBe(ORIGIN);
    expect(to.pathname).toBe("/share");
    expect(to.searchParams.get("count")).toBe("2");
    const batch = to.searchParams.get("batch")!;
    expect(batch).toMatch(/^[0-9a-f]{32}$/);
    const kept = caches.stores.get("chatalog-shared")!;
    expect([...kept.keys()]).toEqual([`${ORIGIN}/shared/${batch}/0`, `${ORIGIN}/shared/${batch}/1`]);
    const first = kept.get(`${ORIGIN}/shared/${batch}/0`)!;
    expect(first.headers.get("Content-Type")).toBe("image/jpeg");
    expect(decodeURIComponent(first.headers.get("X-File-Name")!)).toBe("kurti 1.jpg");
    expect((await first.clone().arrayBuffer()).byteLength).toBe(120);
  });

  it("replaces the last share with the new one", async () => {
    const { intercept, caches } = loadWorker();
    await intercept(share([jpeg("a.jpg"), jpeg("b.jpg"), jpeg("c.jpg")]));
    const batch = new URL((await intercept(share([jpeg("d.jpg")])))!.headers.get("Location")!).searchParams.get("batch");
    expect([...caches.stores.get("chatalog-shared")!.keys()]).toEqual([`${ORIGIN}/shared/${batch}/0`]);
  });

  it("leaves every other request to the network", async () => {
    const { intercept } = loadWorker();
    expect(await intercept(new Request(ORIGIN + "/chats"))).toBeNull();
    expect(await intercept(new Request(ORIGIN + "/share?batch=x"))).toBeNull();
    expect(await intercept(share([jpeg("a.jpg")], "/api/photos"))).toBeNull();
    expect(await intercept(new Request("https://elsewhere.example/share", { method: "POST", body: "x" }))).toBeNull();
  });

  it("answers a share with no images with a count of 0 (the share page says nothing arrived)", async () => {
    const { intercept } = loadWorker();
    const answer = await intercept(new Request(ORIGIN + "/share", { method: "POST", body: "not a form", headers: { "Content-Type": "text/plain" } }));
    expect(new URL(answer!.headers.get("Location")!).searchParams.get("count")).toBe("0");
  });
});

describe("offline copies", () => {
  const html = (text: string, date = new Date()) => new Response(`<p>${text}</p>`, { headers: { "Content-Type": "text/html; charset=utf-8", Date: date.toUTCString() } });
  const offline: Network = async () => {
    throw new TypeError("Failed to fetch");
  };

  it("keeps a page opened online and shows that copy when the network is gone", async () => {
    let online = true;
    const { intercept, fetch } = loadWorker([], (request) => (online ? Promise.resolve(html("Meena: 3 sets please")) : offline(request)));
    expect(await (await intercept(pageLoad("/chats/abc123")))!.text()).toContain("3 sets please");
    online = false;
    const copy = await intercept(pageLoad("/chats/abc123"));
    expect(copy!.status).toBe(200);
    expect(await copy!.text()).toContain("3 sets please");
    expect(fetch).toHaveBeenCalledTimes(2); // online, the network is always asked first
  });

  it("answers a page never opened with the offline notice and a way to the chats", async () => {
    const { intercept } = loadWorker([], offline);
    const answer = await intercept(pageLoad("/orders/xyz789"));
    expect(answer!.status).toBe(503);
    const text = await answer!.text();
    expect(text).toContain("You are offline");
    expect(text).toContain('href="/chats"');
  });

  it("keeps only whole HTML pages: not errors, not JSON, and not pages outside chats, orders and the catalog", async () => {
    const answers: Record<string, Response> = {
      "/chats/err": new Response("boom", { status: 500, headers: { "Content-Type": "text/html" } }),
      "/chats/json": Response.json({ ok: true }),
      "/settings": html("account"),
    };
    const { intercept, caches } = loadWorker([], async (request) => answers[new URL(typeof request === "string" ? request : request.url).pathname]!);
    for (const path of Object.keys(answers)) await intercept(pageLoad(path));
    expect(caches.stores.get("chatalog-pages")?.size ?? 0).toBe(0);
    expect(await intercept(pageLoad("/settings"))).toBeNull(); // not ours to keep: straight to the network
  });

  it("takes build files and photos from the copy first: the network is asked once", async () => {
    const { intercept, fetch } = loadWorker([], async () => new Response("bytes", { headers: { "Content-Type": "image/webp" } }));
    for (const path of ["/_next/static/chunks/app.js", "/photos/ab12-thumb.webp"]) {
      await intercept(new Request(ORIGIN + path));
      expect(await (await intercept(new Request(ORIGIN + path)))!.text()).toBe("bytes");
    }
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("keeps the newest 300 photos", async () => {
    const { intercept, caches } = loadWorker([], async () => new Response("p"));
    for (let index = 0; index < 302; index++) await intercept(new Request(`${ORIGIN}/photos/k${index}.webp`));
    const kept = [...caches.stores.get("chatalog-photos")!.keys()];
    expect(kept).toHaveLength(300);
    expect(kept[0]).toBe(`${ORIGIN}/photos/k2.webp`);
  });

  it("leaves APIs, the event stream and Next's in-app navigation data to the network", async () => {
    const { intercept } = loadWorker();
    expect(await intercept(new Request(ORIGIN + "/api/events"))).toBeNull();
    expect(await intercept(new Request(ORIGIN + "/api/conversations/abc/messages?afterSeq=3"))).toBeNull();
    expect(await intercept(new Request(ORIGIN + "/chats/abc?_rsc=1x2y", { headers: { RSC: "1" } }))).toBeNull();
    expect(await intercept(new Request("https://elsewhere.example/_next/static/x.js"))).toBeNull();
  });

  it("keeps what the app names (its first page, pages reached in the app), refreshing only copies older than asked", async () => {
    const served: string[] = [];
    const { dispatch, caches } = loadWorker([], async (request) => {
      const url = typeof request === "string" ? request : request.url;
      served.push(new URL(url).pathname);
      return url.endsWith(".js") ? new Response("js") : html(`page ${served.length}`, new Date(Date.now() - 60_000));
    });
    const keepLoaded = (urls: string[], maxAgeMs?: number) => dispatch("message", { data: { type: "keep-loaded", urls, maxAgeMs } });
    await keepLoaded([`${ORIGIN}/chats`, `${ORIGIN}/_next/static/chunks/main.js`, "https://elsewhere.example/chats", `${ORIGIN}/api/events`, "::not a url"]);
    expect(served).toEqual(["/chats", "/_next/static/chunks/main.js"]);
    await keepLoaded([`${ORIGIN}/chats`]); // kept already, no age asked: left alone
    await keepLoaded([`${ORIGIN}/chats`], 10 * 60_000); // a minute old: fresh enough
    expect(served).toHaveLength(2);
    await keepLoaded([`${ORIGIN}/chats`], 0); // leaving the app: the newest copy
    expect(served).toEqual(["/chats", "/_next/static/chunks/main.js", "/chats"]);
    expect(await caches.stores.get("chatalog-pages")!.get(`${ORIGIN}/chats`)!.clone().text()).toContain("page 3");
  });
});
