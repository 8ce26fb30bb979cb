"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** Listens to the user's events and re-renders the page from the server when something it shows
 * changed: any new message on the conversation list, this conversation's on a conversation page.
 * Shows a small notice while the connection is down. */
export function LiveUpdates({ conversationId, viewerId }: { conversationId?: string; viewerId?: string }) {
  const router = useRouter();
  const [online, setOnline] = useState(true);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const source = new EventSource("/api/events");
    let wasDown = false;
    const refreshSoon = () => {
      // Offline, a refresh would fail and Next would fall back to a full page load: the phone
      // would show the browser's offline page. Wait for the connection to come back instead.
      if (!navigator.onLine) {
        wasDown = true;
        return;
      }
      // Several events in a burst cause one refresh.
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        router.refresh();
      }, 50);
    };
    source.onopen = () => {
      setOnline(true);
      // Back after a drop: catch up on whatever happened meanwhile.
      if (wasDown) refreshSoon();
      wasDown = false;
    };
    source.onerror = () => {
      wasDown = true;
      setOnline(false);
    };
    source.addEventListener("message.posted", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as { conversationId: string };
      if (!conversationId || event.conversationId === conversationId) refreshSoon();
    });
    // Someone else read this conversation: the ticks on the viewer's messages turn blue.
    source.addEventListener("conversation.read", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as { conversationId: string; userId: string };
      if (conversationId && event.conversationId === conversationId && event.userId !== viewerId) refreshSoon();
    });
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [conversationId, viewerId, router]);

  if (online) return null;
  return (
    <p role="status" className="sticky top-14 z-10 bg-amber-100 px-4 py-1.5 text-center text-sm text-amber-900">
      Connecting… new messages will appear when you are back online.
    </p>
  );
}
