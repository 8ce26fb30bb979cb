// The pages and photos the service worker keeps for offline use (public/sw.js, whose cache names
// these are) belong to whoever is signed in. They are deleted at login and at logout, so the next
// person on a shared phone never opens the last one's chats offline. Build files stay: they hold
// nobody's data.
const PERSONAL_CACHES = ["chatalog-pages", "chatalog-photos"];

export async function forgetOfflineCopies(): Promise<void> {
  if (typeof caches === "undefined") return; // not a secure context, or a very old browser
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
