// Which conversation each open tab shows, and whether the tab is visible: a person whose visible
// tab shows a conversation sees its messages arrive and needs no notification for them.
// Cheap on purpose: a tab reports only when that changes (opening or leaving a conversation, the
// page hidden or shown) and every few minutes while visible; nothing is written to the database.
// A report counts while it is fresh and while the person holds an event stream on this process,
// so a tab that died without saying goodbye stops counting with its stream.
// Per process: with several instances a tab reports to whichever instance answers, and a push
// sent from another instance does not see it (the cost is a notification too many, never one lost).
import { hasSubscribers } from "@/lib/realtime/event-bus";

/** A visible tab repeats its report more often than this (components/push/use-report-viewing.ts). */
export const VIEWING_REPORT_TTL_MS = 5 * 60_000;
const MAX_TABS_PER_USER = 20;

interface TabView {
  conversationId: string | null;
  visible: boolean;
  /** When the tab sent the report (its clock): two reports may arrive out of order. */
  sentAt: number;
  at: number;
}

const globalForTabs = globalThis as unknown as { chatalogViewingTabs?: Map<string, Map<string, TabView>> };

function tabsByUser(): Map<string, Map<string, TabView>> {
  globalForTabs.chatalogViewingTabs ??= new Map();
  return globalForTabs.chatalogViewingTabs;
}

export function reportTabView(userId: string, tabId: string, view: { conversationId: string | null; visible: boolean; sentAt: number }, now = Date.now()): void {
  const users = tabsByUser();
  const tabs = users.get(userId) ?? new Map<string, TabView>();
  const previous = tabs.get(tabId);
  // Leaving one conversation for another sends two reports at once; the later one wins.
  if (previous && previous.sentAt > view.sentAt) return;
  tabs.delete(tabId); // re-inserted last: the oldest report is the first to go when over the bound
  tabs.set(tabId, { ...view, at: now });
  while (tabs.size > MAX_TABS_PER_USER) tabs.delete(tabs.keys().next().value as string);
  if (tabs.size) users.set(userId, tabs);
  else users.delete(userId);
}

/** True when a visible tab of the user showed the conversation at its last report. */
export function isShowingConversation(userId: string, conversationId: string, now = Date.now()): boolean {
  const users = tabsByUser();
  const tabs = users.get(userId);
  if (!tabs) return false;
  if (!hasSubscribers(userId)) {
    users.delete(userId); // every tab of theirs here is gone
    return false;
  }
  for (const [tabId, tab] of tabs) {
    if (now - tab.at > VIEWING_REPORT_TTL_MS) tabs.delete(tabId);
    else if (tab.visible && tab.conversationId === conversationId) return true;
  }
  return false;
}

/** Only for tests. */
export function forgetViewingTabsForTests(): void {
  tabsByUser().clear();
}
