// What the phone keeps of the signed-in person: the pages and photos the service worker keeps for
// offline use (public/sw.js, whose cache names these are) and the design posts still on their way
// (lib/outgoing-posts). They are deleted at login and at logout, so the next person on a shared
// phone never opens the last one's chats offline nor sends their posts. Build files stay: they
// hold nobody's data.
import { forgetOutgoingPosts } from "@/lib/outgoing-posts/post-store";

const PERSONAL_CACHES = ["chatalog-pages", "chatalog-photos"];

export async function forgetOfflineCopies(): Promise<void> {
  await forgetOutgoingPosts();
  if (typeof caches === "undefined") return; // not a secure context, or a very old browser
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
