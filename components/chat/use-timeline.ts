"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { missedSinceRender, subscribeLiveEvents, subscribeLiveStatus } from "@/components/realtime/live-events";
import type { MessagePage, OtherSideProgress } from "@/lib/messages/list-messages";
import type { MessageView } from "@/lib/messages/message-view";
import { countsAsReply } from "@/lib/messages/reply-rules";
import type { LiveEvent } from "@/lib/realtime/live-event";
import { fetchMessagePage } from "./message-api";

/** Adds `incoming` to `current` (by seq, no duplicates). A new reply (not a pick) bumps its parent's count;
 * a new line about an order brings the order as it is now to the older cards of that order. */
export function mergeMessages(current: MessageView[], incoming: MessageView[]): MessageView[] {
  const known = new Set(current.map((m) => m.id));
  const fresh = incoming.filter((m) => !known.has(m.id));
  if (!fresh.length) return current;
  const newReplies = new Map<string, number>();
  const orders = new Map<string, NonNullable<MessageView["order"]>>();
  for (const m of fresh) {
    if (m.parent && countsAsReply(m.kind)) newReplies.set(m.parent.id, (newReplies.get(m.parent.id) ?? 0) + 1);
    if (m.order) orders.set(m.order.id, m.order);
  }
  const updated = current.map((m) => {
    const replies = newReplies.get(m.id) ?? 0;
    const order = m.order ? orders.get(m.order.id) : undefined;
    return replies || order ? { ...m, replyCount: m.replyCount + replies, order: order ?? m.order } : m;
  });
  return [...updated, ...fresh].sort((a, b) => a.seq - b.seq);
}

/** The conversation's messages in the browser: the server's first page, older pages on demand,
 * new messages from the live events that carry them, and a fetch of whatever is missing after a
 * gap or when the connection comes back. */
export function useTimeline({ conversationId, initial, viewerId, buyerId, viewerIsMember }: { conversationId: string; initial: MessagePage; viewerId: string; buyerId: string; viewerIsMember: boolean }) {
  const [messages, setMessages] = useState(initial.messages);
  const [hasOlder, setHasOlder] = useState(initial.hasOlder);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [otherSide, setOtherSide] = useState<OtherSideProgress>(initial.otherSide);
  const newestSeq = useRef(initial.messages.at(-1)?.seq ?? 0);
  const catchingUp = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const advance = useCallback((progress: OtherSideProgress) => {
    setOtherSide((now) => ({ readSeq: Math.max(now.readSeq, progress.readSeq), deliveredSeq: Math.max(now.deliveredSeq, progress.deliveredSeq) }));
  }, []);

  /** Fetches everything after the newest message shown. Calls during a fetch run it once more after. */
  const catchUp = useCallback(async () => {
    if (catchingUp.current) {
      again.current = true;
      return catchingUp.current;
    }
    catchingUp.current = (async () => {
      try {
        do {
          again.current = false;
          for (let pages = 0; pages < 20; pages++) {
            const page = await fetchMessagePage(conversationId, { afterSeq: newestSeq.current });
            advance(page.otherSide);
            if (!page.messages.length) break;
            newestSeq.current = Math.max(newestSeq.current, page.messages.at(-1)?.seq ?? 0);
            setMessages((now) => mergeMessages(now, page.messages));
            if (page.messages.length < 50) break;
          }
        } while (again.current);
      } catch {
        // offline or a server hiccup: the next event, reconnect or "online" tries again
      } finally {
        catchingUp.current = null;
      }
    })();
    return catchingUp.current;
  }, [conversationId, advance]);

  /** `beforeInsert` runs when the page has come, right before it goes in above (to keep the place). */
  const loadOlder = useCallback(async (beforeInsert?: () => void) => {
    const oldest = messages[0]?.seq;
    if (!hasOlder || loadingOlder || !oldest) return;
    setLoadingOlder(true);
    try {
      const page = await fetchMessagePage(conversationId, { beforeSeq: oldest });
      beforeInsert?.();
      setMessages((now) => mergeMessages(now, page.messages));
      setHasOlder(page.hasOlder);
    } catch {
      // shown again on the next scroll to the top
    } finally {
      setLoadingOlder(false);
    }
  }, [conversationId, messages, hasOlder, loadingOlder]);

  /** A new message from the stream: drawn from the event itself when it follows the newest one
   * shown; a gap (a missed event, a replay, a relay without the view) is filled by a fetch. */
  const receive = useCallback(
    (event: Extract<LiveEvent, { type: "message.posted" }>) => {
      const { message } = event;
      if (message) setMessages((now) => mergeMessages(now, [message]));
      if (event.seq <= newestSeq.current) return;
      if (message && event.seq === newestSeq.current + 1 && !catchingUp.current) newestSeq.current = event.seq;
      else void catchUp();
    },
    [catchUp],
  );

  useEffect(() => {
    // Receipts of the other side turn the viewer's ticks: the business's members for the buyer's
    // side (the buyer and their colleagues), the buyer's side for members.
    const fromOtherSide = (event: { userId: string; member?: boolean }) =>
      event.member === undefined ? (viewerIsMember ? event.userId === buyerId : true) : event.member !== viewerIsMember;
    const stopEvents = subscribeLiveEvents((event) => {
      if (event.conversationId !== conversationId) return;
      // Removed from the buyer's team: this chat is no longer theirs to see.
      if (event.type === "conversation.left") window.location.replace("/chats");
      if (event.type === "message.posted") receive(event);
      if (event.type === "message.updated") {
        const replace = (changed: MessageView) => setMessages((now) => now.map((m) => (m.id === changed.id ? changed : m)));
        if (event.message) replace(event.message);
        else {
          fetchMessagePage(conversationId, { messageId: event.messageId }).then(
            ({ messages: [changed] }) => changed && replace(changed),
            () => {}, // the next catch-up or reload shows it
          );
        }
      }
      // Order cards show the order as it is now.
      if (event.type === "order.updated") {
        const status = event.status as NonNullable<MessageView["order"]>["status"];
        setMessages((now) => now.map((m) => (m.order?.id === event.orderId ? { ...m, order: event.order ?? { ...m.order, status } } : m)));
      }
      if (event.type === "conversation.read" && event.userId !== viewerId && fromOtherSide(event)) {
        advance({ readSeq: event.lastReadSeq, deliveredSeq: event.lastDeliveredSeq });
      }
    });
    // Opened by a tap while the stream was already running: what came between this page's render
    // and now went to the page before.
    if (missedSinceRender()) void catchUp();
    const stopStatus = subscribeLiveStatus((status, reconnected) => {
      if (status === "open" && reconnected) void catchUp();
    });
    const onOnline = () => void catchUp();
    window.addEventListener("online", onOnline);
    return () => {
      stopEvents();
      stopStatus();
      window.removeEventListener("online", onOnline);
    };
  }, [conversationId, viewerId, buyerId, viewerIsMember, catchUp, advance, receive]);

  return { messages, hasOlder, loadingOlder, otherSide, loadOlder, catchUp };
}
