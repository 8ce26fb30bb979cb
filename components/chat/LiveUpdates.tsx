"use client";
import { useEffect, useState } from "react";
import { subscribeLiveEvents, subscribeLiveStatus } from "@/components/realtime/live-events";
import { postReceipts } from "./receipts-client";

/** Live events for every page of the chat: tells the server a message reached this phone
 * (delivered ticks) and shows a small notice while the connection is down. The list and the open
 * conversation keep themselves up to date from the same events. */
export function LiveUpdates({ viewerId }: { viewerId: string }) {
  const [down, setDown] = useState(false);

  useEffect(() => {
    const stopEvents = subscribeLiveEvents((event) => {
      if (event.type === "message.posted" && event.authorId !== viewerId) postReceipts(event.conversationId, { deliveredSeq: event.seq });
    });
    const stopStatus = subscribeLiveStatus((status) => setDown(status === "down"));
    return () => {
      stopEvents();
      stopStatus();
    };
  }, [viewerId]);

  if (!down) return null;
  return (
    <p role="status" className="sticky top-14 z-10 bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-900">
      Connecting… new messages will appear when you are back online.
    </p>
  );
}
