"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { subscribeLiveEvents } from "@/components/realtime/live-events";

/** Re-renders the status page when one of its buyers' phones reports delivered or read. */
export function BroadcastLiveRefresh({ conversationIds }: { conversationIds: string[] }) {
  const router = useRouter();
  const key = conversationIds.join(",");

  useEffect(() => {
    const watched = new Set(key.split(","));
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribeLiveEvents((event) => {
      if (event.type !== "conversation.read" || !watched.has(event.conversationId)) return;
      // A burst of receipts (a buyer scrolling) causes one refresh.
      pending ??= setTimeout(() => {
        pending = null;
        router.refresh();
      }, 300);
    });
    return () => {
      stop();
      if (pending) clearTimeout(pending);
    };
  }, [key, router]);

  return null;
}
