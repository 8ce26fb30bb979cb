"use client";
import { useEffect, useState } from "react";
import { httpPoster, Outbox, type OutboxItem, type OutboxStore } from "@/lib/messages/outbox";

/** Unsent messages in this browser, per person and conversation: a closed tab or a phone that
 * killed the browser loses nothing, and nobody else who logs in on the phone sends them. */
function localStore(viewerId: string, conversationId: string): OutboxStore {
  const key = `chatalog.outbox.${viewerId}.${conversationId}`;
  return {
    load: () => {
      try {
        const items = JSON.parse(localStorage.getItem(key) ?? "[]") as OutboxItem[];
        return Array.isArray(items) ? items.filter((item) => typeof item?.clientId === "string" && typeof item.body === "string") : [];
      } catch {
        return [];
      }
    },
    save: (items) => {
      try {
        if (items.length) localStorage.setItem(key, JSON.stringify(items.map(({ clientId, body, parentId }) => ({ clientId, body, parentId, status: "waiting" }))));
        else localStorage.removeItem(key);
      } catch {
        // storage full or disabled (private mode): the outbox still works for this visit
      }
    },
  };
}

/** The conversation's outbox (lib/messages/outbox.ts) as React state. After each send the
 * timeline fetches the new message, whose copy then replaces the pending one. */
export function useOutbox(conversationId: string, viewerId: string, shownClientIds: string[], onSent: () => void) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [outbox] = useState(
    () => new Outbox({ post: httpPoster(conversationId), onChange: setItems, onSent: () => onSent(), store: typeof window === "undefined" ? undefined : localStore(viewerId, conversationId) }),
  );

  useEffect(() => {
    outbox.resume(); // what an earlier visit could not send
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
