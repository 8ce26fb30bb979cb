"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { MessageView } from "@/lib/messages/message-view";

const NEAR_BOTTOM_PX = 160;

function scrollToBottom() {
  window.scrollTo({ top: document.documentElement.scrollHeight });
}

/** Where a conversation opens: at the first unread message, or at the newest when all are read. */
function scrollToOpeningPosition() {
  const firstUnread = document.getElementById("first-unread");
  if (firstUnread) firstUnread.scrollIntoView({ block: "start" });
  else scrollToBottom();
}

/** The page scrolls like a chat app: it opens at the first unread message (or the newest), stays
 * at the bottom when new messages come while the reader is there, tells them about new messages
 * when they have scrolled up, and keeps its place when older messages load above. */
export function useChatScroll(messages: MessageView[], pendingCount: number) {
  const atBottom = useRef(true);
  /** The message that was first before older ones loaded, and where it was on screen. */
  const anchorBeforeOlder = useRef<{ id: string; top: number } | null>(null);
  const newest = useRef(messages.at(-1)?.seq ?? 0);
  const oldestId = useRef(messages[0]?.id);
  const shownPending = useRef(pendingCount);
  const [unseen, setUnseen] = useState(0);

  // This hook keeps the place when older messages go in above (the layout effect below). The
  // browser's own scroll anchoring would do it too, but only away from the very top and not in
  // every browser: with both, a load that starts while the reader is a little below the top moved
  // the page twice and lost their place. So the browser's is off while a chat is open.
  // (Chrome reads it from the body as well as the root element: both are set.)
  useLayoutEffect(() => {
    const elements = [document.documentElement, document.body];
    const before = elements.map((element) => element.style.overflowAnchor);
    for (const element of elements) element.style.overflowAnchor = "none";
    return () => elements.forEach((element, index) => (element.style.overflowAnchor = before[index]!));
  }, []);
  // Before the first paint, so a reload never shows the top of the history.
  useLayoutEffect(() => scrollToOpeningPosition(), []);
  // Again once the commit is done: on a client-side navigation (a tap in the chats list, Back,
  // Order again) Next's router scrolls the new page to its top in a layout effect of its own,
  // which runs after ours. Passive effects run after every layout effect of the commit.
  useEffect(() => scrollToOpeningPosition(), []);

  useEffect(() => {
    const onScroll = () => {
      const { scrollHeight } = document.documentElement;
      atBottom.current = window.innerHeight + window.scrollY >= scrollHeight - NEAR_BOTTOM_PX;
      if (atBottom.current) setUnseen(0);
    };
    onScroll();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);

  useLayoutEffect(() => {
    // Older messages went in above: move down until the message that was first is where it was,
    // so nothing jumps. (Measuring that message, not the page's height: anything else that grew
    // or shrank meanwhile, such as the loader leaving after the last page, would move it.)
    const anchor = anchorBeforeOlder.current;
    if (messages[0]?.id !== oldestId.current && anchor) {
      const element = document.getElementById(`m-${anchor.id}`);
      if (element) window.scrollBy({ top: element.getBoundingClientRect().top - anchor.top });
      anchorBeforeOlder.current = null;
    }
    oldestId.current = messages[0]?.id;

    const last = messages.at(-1);
    const arrived = messages.filter((m) => m.seq > newest.current);
    const sentNow = pendingCount > shownPending.current;
    newest.current = last?.seq ?? newest.current;
    shownPending.current = pendingCount;
    if (!arrived.length && !sentNow) return;
    if (atBottom.current || sentNow || arrived.some((m) => m.mine)) {
      scrollToBottom();
      setUnseen(0);
    } else {
      setUnseen((count) => count + arrived.length);
    }
  }, [messages, pendingCount]);

  /** Call when older messages have come, right before they go in. */
  const rememberPlace = useCallback(() => {
    const first = messages[0];
    const element = first && document.getElementById(`m-${first.id}`);
    anchorBeforeOlder.current = element ? { id: first.id, top: element.getBoundingClientRect().top } : null;
  }, [messages]);

  const jumpToLatest = useCallback(() => {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "smooth" });
    setUnseen(0);
  }, []);

  return { unseen, rememberPlace, jumpToLatest };
}
