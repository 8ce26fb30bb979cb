"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { httpPoster, Outbox, type OutboxItem } from "@/lib/messages/outbox";

/** The conversation's outbox (lib/messages/outbox.ts) as React state. After each send the page
 * re-renders from the server, whose list then replaces the pending copy. */
export function useOutbox(conversationId: string, shownClientIds: string[]) {
  const router = useRouter();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [outbox] = useState(() => new Outbox({ post: httpPoster(conversationId), onChange: setItems, onSent: () => router.refresh() }));

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
    send: (body: string) => outbox.send(body),
    retry: (clientId: string) => outbox.retry(clientId),
  };
}
