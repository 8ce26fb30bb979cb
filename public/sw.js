// Chatalog's service worker: makes the app installable, shows push notifications, receives photos
// shared from the gallery and keeps what a person opened so it opens again offline.
// Plain JavaScript served as is from public/ (Next 16 builds with Turbopack, which @serwist/next
// does not support); lib/push/service-worker.test.ts runs it against a fake `self`.
// The server sends a notification only when no visible tab of the person shows the conversation
// (lib/push/notify-message.ts), so every push is shown: Chrome requires that anyway.
"use strict";

const FALLBACK = { title: "Chatalog", body: "Something new in your chats", url: "/chats" };

/** The payload the server sent (lib/push/push-payload.ts), or a plain notice if it is unreadable. */
function readPayload(data) {
  try {
    const payload = data ? data.json() : null;
    return payload && typeof payload.title === "string" ? payload : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

/** A path on this site; anything else (another origin, garbage) opens the chats. */
function sameOriginUrl(url) {
  try {
    const resolved = new URL(url || "/chats", self.location.origin);
    return resolved.origin === self.location.origin ? resolved.href : new URL("/chats", self.location.origin).href;
  } catch {
    return new URL("/chats", self.location.origin).href;
  }
}

function showPush(data) {
  const payload = readPayload(data);
  const options = {
    body: payload.body || "",
    icon: "/icons/icon-192.png",
    badge: "/icons/badge-96.png",
    data: { url: sameOriginUrl(payload.url) },
  };
  if (payload.tag) {
    // One notification per conversation: a newer one replaces it and still alerts.
    options.tag = payload.tag;
    options.renotify = true;
  }
  if (payload.image) options.image = sameOriginUrl(payload.image);
  return self.registration.showNotification(payload.title, options);
}

/** Focuses a tab already showing the page; else brings a tab of ours there; else opens one. */
async function openFromNotification(notification) {
  notification.close();
  const target = sameOriginUrl(notification.data && notification.data.url);
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const exact = windows.find((client) => client.url === target);
  if (exact) return exact.focus();
  const ours = windows.find((client) => "navigate" in client);
  if (ours) {
    const moved = await ours.navigate(target).catch(() => null);
    if (moved) return moved.focus();
  }
  return self.clients.openWindow(target);
}

/** The browser replaced the subscription (keys rotated, or it expired): tell the server the new
 * one, or the person's notifications would stop without a word. Sent with the site's cookies. */
async function resubscribe(event) {
  const options = event.oldSubscription && event.oldSubscription.options;
  const subscription = event.newSubscription || (options ? await self.registration.pushManager.subscribe(options) : null);
  if (!subscription) return;
  await fetch("/api/push/subscriptions", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(subscription.toJSON()),
  });
}

// Photos shared into the app from the gallery (the manifest's share_target POSTs them here):
// kept in a cache until the person picks a conversation, whose post sheet takes them from it
// (components/share/shared-photos.ts). One share at a time: a new one replaces the last.
const SHARE_CACHE = "chatalog-shared";
const MAX_SHARED_PHOTOS = 30;

function isImage(value) {
  return typeof value === "object" && value !== null && typeof value.type === "string" && value.type.startsWith("image/");
}

async function receiveShare(request) {
  let files = [];
  try {
    files = (await request.formData()).getAll("photos").filter(isImage).slice(0, MAX_SHARED_PHOTOS);
  } catch {
    // Not a form we can read: the share page says nothing arrived.
  }
  const cache = await caches.open(SHARE_CACHE);
  await Promise.all((await cache.keys()).map((old) => cache.delete(old)));
  const batch = self.crypto.randomUUID().replaceAll("-", "");
  await Promise.all(
    files.map((file, index) =>
      cache.put(
        new URL(`/shared/${batch}/${index}`, self.location.origin).href,
        new Response(file, { headers: { "Content-Type": file.type, "X-File-Name": encodeURIComponent(file.name || `photo-${index + 1}.jpg`) } }),
      ),
    ),
  );
  return Response.redirect(new URL(`/share?batch=${batch}&count=${files.length}`, self.location.origin).href, 303);
}

// Offline: the pages a person opened (chats, a conversation, orders, the catalog), the build files
// they need and the photos they showed are kept, so they open again without a network, read-only
// (the page's own notice says it is offline; the outbox sends what is typed once back online).
// Pages: network first, so an online person always gets the newest. Build files and photos: copy
// first, as their names change whenever their content does. Each cache keeps its newest entries.
// What is kept belongs to whoever is signed in: the app deletes the pages and photos at login and
// logout (components/push/offline-copies.ts names the same caches).
const PAGE_CACHE = "chatalog-pages";
const FILE_CACHE = "chatalog-files";
const PHOTO_CACHE = "chatalog-photos";
const KEEP_AT_MOST = { [PAGE_CACHE]: 40, [FILE_CACHE]: 300, [PHOTO_CACHE]: 300 };
const OFFLINE_PAGE = /^\/(chats|orders|catalog)(\/[a-z0-9]+)?$/;

function cacheFor(url) {
  if (url.origin !== self.location.origin) return null;
  if (url.pathname.startsWith("/_next/static/")) return FILE_CACHE;
  if (url.pathname.startsWith("/photos/")) return PHOTO_CACHE;
  if (OFFLINE_PAGE.test(url.pathname)) return PAGE_CACHE;
  return null;
}

/** What may be kept: a whole answer (not a redirect to the login page, not part of a file). */
function keepable(cacheName, response) {
  if (response.status !== 200 || response.redirected) return false;
  return cacheName !== PAGE_CACHE || (response.headers.get("Content-Type") || "").startsWith("text/html");
}

/** Stores the answer and drops the oldest entries beyond the cache's size (a re-stored entry is new). */
async function keep(cacheName, key, response) {
  const cache = await caches.open(cacheName);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - KEEP_AT_MOST[cacheName]))) await cache.delete(old);
}

const OFFLINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Offline · Chatalog</title></head>
<body style="margin:0;padding:24px;font:16px/1.5 system-ui,sans-serif;color:#1c1917"><h1 style="font-size:20px">You are offline</h1>
<p>This page was not opened on this phone before, so there is no copy of it to show.</p>
<p><a href="/chats" style="display:inline-block;padding:12px 0;color:#047857;font-weight:600">Open your chats</a></p></body></html>`;

async function pageFromNetworkOrCopy(event, url) {
  try {
    const response = await fetch(event.request);
    if (keepable(PAGE_CACHE, response)) event.waitUntil(keep(PAGE_CACHE, url.href, response.clone()));
    return response;
  } catch {
    const copy = await (await caches.open(PAGE_CACHE)).match(url.href);
    return copy || new Response(OFFLINE_HTML, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}

async function fileFromCopyOrNetwork(event, cacheName, url) {
  const copy = await (await caches.open(cacheName)).match(url.href);
  if (copy) return copy;
  const response = await fetch(event.request);
  if (keepable(cacheName, response)) event.waitUntil(keep(cacheName, url.href, response.clone()));
  return response;
}

/** Pages and build files that loaded without passing through the fetch handler, sent by the app
 * (components/push/ServiceWorkerRegistration.tsx): the page that registered the worker, and pages
 * reached by in-app navigation (Next fetches their data, not their HTML). A copy younger than
 * `maxAgeMs` (never, when absent) is left as it is; an older one is fetched again. */
function isFresh(copy, maxAgeMs) {
  if (typeof maxAgeMs !== "number") return true;
  const born = Date.parse(copy.headers.get("Date") || ""); // NaN (no date) is never fresh
  return born >= Date.now() - maxAgeMs;
}

async function keepLoaded(urls, maxAgeMs) {
  for (const raw of urls.slice(0, 100)) {
    let url;
    try {
      url = new URL(String(raw), self.location.origin);
    } catch {
      continue;
    }
    const cacheName = cacheFor(url);
    if (!cacheName) continue;
    const copy = await (await caches.open(cacheName)).match(url.href);
    if (copy && isFresh(copy, maxAgeMs)) continue;
    try {
      const response = await fetch(url.href, { credentials: "same-origin" });
      if (keepable(cacheName, response)) await keep(cacheName, url.href, response);
    } catch {
      // offline already: kept next time
    }
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method === "POST") {
    if (url.origin === self.location.origin && url.pathname === "/share") event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== "GET") return;
  const cacheName = cacheFor(url);
  // Everything else (APIs, the event stream, Next's in-app navigation data) goes to the network as
  // if we were not here; an in-app navigation that fails offline becomes a page load, served above.
  if (cacheName === PAGE_CACHE && request.mode === "navigate") event.respondWith(pageFromNetworkOrCopy(event, url));
  else if (cacheName === FILE_CACHE || cacheName === PHOTO_CACHE) event.respondWith(fileFromCopyOrNetwork(event, cacheName, url));
});

self.addEventListener("message", (event) => {
  const data = event.data;
  if (data && data.type === "keep-loaded" && Array.isArray(data.urls)) event.waitUntil(keepLoaded(data.urls, data.maxAgeMs));
});

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("push", (event) => event.waitUntil(showPush(event.data)));
self.addEventListener("notificationclick", (event) => event.waitUntil(openFromNotification(event.notification)));
self.addEventListener("pushsubscriptionchange", (event) => event.waitUntil(resubscribe(event)));
