// The business's quick replies as the composer's "/" list needs them: fetched the first time a
// member types "/" in a chat (never on a page load, never for buyers), then kept for the page's
// life, so each later "/" lists them at once. A failed fetch is forgotten, so the next "/" tries
// again (offline, say).
import type { QuickReply } from "@/lib/quick-replies/match-quick-replies";

const loaded = new Map<string, Promise<QuickReply[]>>();

export function quickRepliesOf(businessId: string): Promise<QuickReply[]> {
  let list = loaded.get(businessId);
  if (!list) {
    list = fetch(`/api/quick-replies?businessId=${encodeURIComponent(businessId)}`, { cache: "no-store" }).then(async (response) => {
      if (!response.ok) throw new Error(`quick replies: ${response.status}`);
      return (await response.json()) as QuickReply[];
    });
    list.catch(() => loaded.delete(businessId));
    loaded.set(businessId, list);
  }
  return list;
}
