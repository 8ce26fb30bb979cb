"use client";
import { useEffect, useState } from "react";
import { httpPoster, Outbox, type OutboxItem, type OutboxPhoto, type OutboxStore, type PickRequest } from "@/lib/messages/outbox";

/** Unsent messages in this browser, per person and conversation: a closed tab or a phone that
 * killed the browser loses nothing, and nobody else who logs in on the phone sends them. */
function localStore(viewerId: string, conversationId: string): OutboxStore {
  const key = `chatalog.outbox.${viewerId}.${conversationId}`;
  return {
    load: () => {
      try {
        const items = JSON.parse(localStorage.getItem(key) ?? "[]") as OutboxItem[];
        return Array.isArray(items) ? items.filter((item) => typeof item?.clientId === "string" && typeof item.body === "string" && (item.pick === undefined || typeof item.pick?.designId === "string") && (item.photos === undefined || Array.isArray(item.photos))) : [];
      } catch {
        return [];
      }
    },
    save: (items) => {
      try {
        if (items.length) localStorage.setItem(key, JSON.stringify(items.map(({ clientId, body, parentId, pick, photos }) => ({ clientId, body, parentId, pick, photos, status: "waiting" }))));
        else localStorage.removeItem(key);
      } catch {
        // storage full or disabled (private mode): the outbox still works for this visit
      }
    },
  };
}

/** A sent message normally comes back on the event stream before or just after the POST answers. */
const EVENT_GRACE_MS = 1500;

/** The conversation's outbox (lib/messages/outbox.ts) as React state. A sent message's copy from
 * the event stream replaces the pending one; if none came (the stream is down), `onMissing`
 * lets the timeline fetch it. */
export function useOutbox(conversationId: string, viewerId: string, shownClientIds: string[], onMissing: () => void) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [outbox] = useState(() => {
    const box: Outbox = new Outbox({
      post: httpPoster(conversationId),
      onChange: setItems,
      // Still held after the grace time: the timeline never showed it, so it fetches. (A pick's
      // card arriving also refreshes the tray: use-tray.ts.)
      onSent: (item) => setTimeout(() => box.holds(item.clientId) && onMissing(), EVENT_GRACE_MS),
      store: typeof window === "undefined" ? undefined : localStore(viewerId, conversationId),
    });
    return box;
  });

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
    send: (body: string, parentId?: string, photos?: OutboxPhoto[]) => outbox.send(body, parentId, photos),
    sendPick: (clientId: string, label: string, pick: PickRequest) => outbox.sendPick(clientId, label, pick),
    retry: (clientId: string) => outbox.retry(clientId),
  };
}
