"use client";
import { useEffect, useState } from "react";
import { httpPoster, Outbox, type OutboxItem } from "@/lib/messages/outbox";

/** The conversation's outbox (lib/messages/outbox.ts) as React state. After each send the
 * timeline fetches the new message, whose copy then replaces the pending one. */
export function useOutbox(conversationId: string, shownClientIds: string[], onSent: () => void) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [outbox] = useState(() => new Outbox({ post: httpPoster(conversationId), onChange: setItems, onSent: () => onSent() }));

  useEffect(() => {
    const flush = () => outbox.flushWaiting();
    window.addEventListener("online", flush);
    return () => {
      window.removeEventListener("online", flush);
      outbox.dispose();
    };
  }, [outbox]);

  const shown = new Set(shownClientIds);
  useEffect(() => {
    outbox.forget(new Set(shownClientIds)); // a no-op unless the server now shows some of them
  }, [outbox, shownClientIds]);
  return {
    pending: items.filter((item) => !shown.has(item.clientId)),
    send: (body: string, parentId?: string) => outbox.send(body, parentId),
    retry: (clientId: string) => outbox.retry(clientId),
  };
}
