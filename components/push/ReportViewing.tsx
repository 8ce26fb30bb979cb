"use client";
// Tells the server which conversation this tab shows and whether it is visible, so the person's
// phone does not buzz for messages they are reading (lib/push/viewing-tabs.ts). One small POST when
// that changes, and one every few minutes while visible. Renders nothing.
import { useEffect } from "react";

/** The server forgets a report after 5 minutes (VIEWING_REPORT_TTL_MS); repeat well before that. */
const REPEAT_MS = 4 * 60_000;

function tabId(): string {
  const key = "chatalog:tab-id";
  let id = sessionStorage.getItem(key); // sessionStorage is per tab
  if (!id) sessionStorage.setItem(key, (id = crypto.randomUUID().replace(/-/g, "")));
  return id;
}

function report(conversationId: string | null, visible: boolean): void {
  void fetch("/api/push/viewing", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    // performance.timeOrigin + now() only grows within a tab, across reloads too.
    body: JSON.stringify({ tabId: tabId(), conversationId, visible, sentAt: performance.timeOrigin + performance.now() }),
    keepalive: true, // still sent while the page is being hidden or closed
  }).catch(() => undefined);
}

export function ReportViewing({ conversationId }: { conversationId: string }) {
  useEffect(() => {
    const now = () => report(conversationId, document.visibilityState === "visible");
    now();
    const repeat = setInterval(() => {
      if (document.visibilityState === "visible") now();
    }, REPEAT_MS);
    const leave = () => report(conversationId, false);
    document.addEventListener("visibilitychange", now);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(repeat);
      document.removeEventListener("visibilitychange", now);
      window.removeEventListener("pagehide", leave);
      report(null, document.visibilityState === "visible");
    };
  }, [conversationId]);
  return null;
}
