"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { subscribeLiveEvents, subscribeLiveStatus } from "@/components/realtime/live-events";
import { postReceipts } from "./receipts-client";

/** Live events for every page of the chat: tells the server a message reached this phone
 * (delivered ticks), re-renders the conversation list when something arrives, and shows a small
 * notice while the connection is down. The open conversation's timeline listens for itself. */
export function LiveUpdates({ viewerId, refreshOnMessage = false }: { viewerId: string; refreshOnMessage?: boolean }) {
  const router = useRouter();
  const [down, setDown] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let missed = false;
    const refreshSoon = () => {
      if (!refreshOnMessage) return;
      // Offline, a refresh would fail and Next would fall back to a full page load: the phone
      // would show the browser's offline page. Wait for the connection to come back instead.
      if (!navigator.onLine) {
        missed = true;
        return;
      }
      if (pending.current) return; // several events in a burst cause one refresh
      pending.current = setTimeout(() => {
        pending.current = null;
        router.refresh();
      }, 50);
    };
    const stopEvents = subscribeLiveEvents((event) => {
      if (event.type !== "message.posted") return;
      if (event.authorId !== viewerId) postReceipts(event.conversationId, { deliveredSeq: event.seq });
      refreshSoon();
    });
    const stopStatus = subscribeLiveStatus((status, reconnected) => {
      setDown(status === "down");
      if (status === "open" && (reconnected || missed)) {
        missed = false;
        refreshSoon(); // back after a drop: catch up on whatever happened meanwhile
      }
    });
    return () => {
      stopEvents();
      stopStatus();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [viewerId, refreshOnMessage, router]);

  if (!down) return null;
  return (
    <p role="status" className="sticky top-14 z-10 bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-900">
      Connecting… new messages will appear when you are back online.
    </p>
  );
}
