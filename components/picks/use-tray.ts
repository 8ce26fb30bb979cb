"use client";
import { useCallback, useEffect, useState } from "react";
import { subscribeLiveEvents } from "@/components/realtime/live-events";
import type { Tray } from "@/lib/picks/get-tray";

/** The buyer's open picks in a conversation, fetched again whenever the buyer's own picks or
 * orders change (from any of their tabs): the tray is always what the server has. */
export function useTray(conversationId: string, viewerId: string, enabled: boolean) {
  const [tray, setTray] = useState<Tray | null>(null);

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`/api/conversations/${conversationId}/tray`, { cache: "no-store" });
      if (response.ok) setTray((await response.json()) as Tray);
    } catch {
      // offline: the next event or reconnect refreshes it
    }
  }, [conversationId]);

  useEffect(() => {
    if (!enabled) return;
    const load = () => void refresh();
    const first = setTimeout(load, 0);
    const stop = subscribeLiveEvents((event) => {
      if (event.conversationId !== conversationId) return;
      // Only the shop's picks and the order card of a confirmation change the tray, whoever of the
      // shop's team made them (a colleague's pick lands in the same tray). Texts and later order
      // steps (accepted, dispatched…) never do.
      if (event.type !== "message.posted" && event.type !== "message.updated") return;
      const kind = event.message?.kind;
      if (kind ? kind === "PICK" || kind === "ORDER" : event.authorId === viewerId) load();
    });
    return () => {
      clearTimeout(first);
      stop();
    };
  }, [conversationId, viewerId, enabled, refresh]);

  return { tray, refresh };
}
