// Photos shared into Chatalog from the gallery wait in a cache the service worker filled
// (public/sw.js, receiveShare) under /shared/<batch>/<n>, until a conversation's post sheet takes them.
const SHARE_CACHE = "chatalog-shared";

/** A batch id as the service worker makes them (a UUID without dashes). */
export function isShareBatch(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{32}$/.test(value);
}

async function entries(batch: string): Promise<{ request: Request; response: Response }[]> {
  if (!isShareBatch(batch) || typeof caches === "undefined") return [];
  const cache = await caches.open(SHARE_CACHE);
  const prefix = `/shared/${batch}/`;
  const requests = (await cache.keys()).filter((request) => new URL(request.url).pathname.startsWith(prefix));
  requests.sort((a, b) => Number(a.url.split("/").pop()) - Number(b.url.split("/").pop()));
  const found = await Promise.all(requests.map(async (request) => ({ request, response: await cache.match(request) })));
  return found.filter((entry): entry is { request: Request; response: Response } => Boolean(entry.response));
}

/** The shared photos as files, in the order they were shared (empty when they are gone). */
export async function readSharedPhotos(batch: string): Promise<File[]> {
  return Promise.all(
    (await entries(batch)).map(async ({ response }, index) => {
      const name = decodeURIComponent(response.headers.get("X-File-Name") ?? `photo-${index + 1}.jpg`);
      const blob = await response.blob();
      return new File([blob], name, { type: blob.type || response.headers.get("Content-Type") || "image/jpeg" });
    }),
  );
}

/** Forgets a batch once its photos are in a post sheet. */
export async function forgetSharedPhotos(batch: string): Promise<void> {
  if (typeof caches === "undefined") return;
  const cache = await caches.open(SHARE_CACHE);
  await Promise.all((await entries(batch)).map(({ request }) => cache.delete(request)));
}
