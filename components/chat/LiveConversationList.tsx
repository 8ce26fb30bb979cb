"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { missedSinceRender, subscribeLiveEvents, subscribeLiveStatus } from "@/components/realtime/live-events";
import type { ConversationRow } from "@/lib/conversations/list-conversations";
import { applyPosted, applyRead, toLiveRows, type LiveRow } from "@/lib/conversations/live-conversation-rows";
import { ConversationList } from "./ConversationList";

/** The chats list, live: rows move and count unread from the events themselves. Only what the
 * events cannot say (a conversation new to this list, events missed while offline) reloads the
 * list from the server: the page (router.refresh) or, beside a conversation on the desk, `onReload`. */
export function LiveConversationList({
  rows: fromServer,
  viewerId,
  searching,
  empty,
  activeId,
  onReload,
}: {
  rows: ConversationRow[];
  viewerId: string;
  searching: boolean;
  empty: ReactNode;
  activeId?: string;
  onReload?: () => void;
}) {
  const router = useRouter();
  const [rows, setRows] = useState<LiveRow[]>(() => toLiveRows(fromServer));
  // A new server render (navigation, reload below) replaces what the events built.
  const [shownFromServer, setShownFromServer] = useState(fromServer);
  if (shownFromServer !== fromServer) {
    setShownFromServer(fromServer);
    setRows(toLiveRows(fromServer));
  }

  // Events can come several in one tick: each applies to what the one before it made.
  const current = useRef(rows);
  useEffect(() => {
    current.current = rows;
  }, [rows]);

  useEffect(() => {
    const show = (next: LiveRow[]) => {
      current.current = next;
      setRows(next);
    };
    let reloadTimer: ReturnType<typeof setTimeout> | null = null;
    let missed = false;
    const reload = () => {
      // Offline a reload would fail into the browser's offline page: wait for the stream instead.
      if (!navigator.onLine) return void (missed = true);
      reloadTimer ??= setTimeout(() => {
        reloadTimer = null;
        if (onReload) onReload();
        else router.refresh();
      }, 100);
    };
    const stopEvents = subscribeLiveEvents((event) => {
      if (event.type === "message.posted") {
        const next = applyPosted(current.current, event, viewerId);
        // A search shows only matching rows: a conversation outside it stays outside.
        if (next) show(next);
        else if (!searching) reload();
      }
      if (event.type === "conversation.read" && event.userId === viewerId) show(applyRead(current.current, event));
      // Removed from a buyer's team: that shop's chats leave the list.
      if (event.type === "conversation.left") show(current.current.filter((row) => row.id !== event.conversationId));
    });
    // Reached by a tap while the stream was already running: an event between this page's render
    // and now went to the page before, so the list is read again once.
    if (missedSinceRender()) reload();
    const stopStatus = subscribeLiveStatus((status, reconnected) => {
      if (status === "open" && (reconnected || missed)) {
        missed = false;
        reload();
      }
    });
    return () => {
      stopEvents();
      stopStatus();
      if (reloadTimer) clearTimeout(reloadTimer);
    };
  }, [router, viewerId, searching, onReload]);

  // Mounted even while empty: the first conversation (a buyer joining) must appear too.
  return rows.length ? <ConversationList rows={rows} activeId={activeId} /> : empty;
}
