"use client";
import { useCallback, useMemo } from "react";
import { useRefreshOn } from "@/components/realtime/use-refresh-on";
import type { LiveEvent } from "@/lib/realtime/live-event";

/** Re-renders the status page when one of its buyers' phones reports delivered or read, and, while
 * the albums are still being written, as they land (at most once a second: a thousand albums are
 * a thousand events). */
export function BroadcastLiveRefresh({ conversationIds, sending }: { conversationIds: string[]; sending: boolean }) {
  const ids = useMemo(() => new Set(conversationIds), [conversationIds]);
  const matches = useCallback(
    (event: LiveEvent) => (event.type === "conversation.read" || (sending && event.type === "message.posted")) && ids.has(event.conversationId),
    [ids, sending],
  );
  useRefreshOn(matches, sending ? 1000 : 300);
  return null;
}
