"use client";
import { useRefreshOn } from "@/components/realtime/use-refresh-on";

/** Re-renders the status page when one of its buyers' phones reports delivered or read. */
export function BroadcastLiveRefresh({ conversationIds }: { conversationIds: string[] }) {
  useRefreshOn((event) => event.type === "conversation.read" && conversationIds.includes(event.conversationId), 300);
  return null;
}
