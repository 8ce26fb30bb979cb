"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { EventsSince } from "@/components/realtime/EventsSince";
import { subscribeLiveEvents, subscribeLiveStatus } from "@/components/realtime/live-events";
import { useOnline } from "@/components/ui/use-online";
import { postReceipts } from "./receipts-client";

/** Live events for every page of the chat (`since`: the event log's position when the server
 * rendered the page, read before its data: lib/realtime/event-log-reader.ts deliveredThrough): tells the server a message reached this phone
 * (delivered ticks) and shows a small notice while the connection is down. The list and the open
 * conversation keep themselves up to date from the same events.
 *
 * The phone's own "offline" comes first: when the network goes, an open event stream is not
 * reported broken until the operating system gives up on the connection, which can take minutes.
 * The stream's error still counts for the cases the phone cannot see (server restarted, proxy). */
export function LiveUpdates({ viewerId, since }: { viewerId: string; since: number }) {
  const t = useTranslations("chat");
  const [streamDown, setStreamDown] = useState(false);
  const online = useOnline();

  useEffect(() => {
    const stopEvents = subscribeLiveEvents((event) => {
      if (event.type === "message.posted" && event.authorId !== viewerId) postReceipts(event.conversationId, { deliveredSeq: event.seq });
    });
    const stopStatus = subscribeLiveStatus((status) => setStreamDown(status === "down"));
    return () => {
      stopEvents();
      stopStatus();
    };
  }, [viewerId]);

  return (
    <>
      <EventsSince since={since} />
      {online && !streamDown ? null : (
        <p role="status" className="sticky top-14 z-10 bg-amber-100 px-4 py-2 text-center text-sm text-amber-900 shadow-sm">
          {online ? t("connecting") : t("offline")}
        </p>
      )}
    </>
  );
}
