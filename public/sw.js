// Chatalog's service worker: makes the app installable, shows push notifications and receives
// photos shared from the gallery.
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "POST") return; // everything else goes to the network as if we were not here
  const url = new URL(request.url);
  if (url.origin === self.location.origin && url.pathname === "/share") event.respondWith(receiveShare(request));
});

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("push", (event) => event.waitUntil(showPush(event.data)));
self.addEventListener("notificationclick", (event) => event.waitUntil(openFromNotification(event.notification)));
self.addEventListener("pushsubscriptionchange", (event) => event.waitUntil(resubscribe(event)));
