"use client";
import { useEffect, type RefObject } from "react";
import type { MessageView } from "@/lib/messages/message-view";
import { postReceipts } from "./receipts-client";

/** Marks messages read when they are actually on screen, with the page visible: the other side's
 * ticks turn blue then, not when a phone in a pocket received them. */
export function useReadMarking(conversationId: string, container: RefObject<HTMLElement | null>, messages: MessageView[]) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let seen = 0;
    const report = () => {
      if (document.visibilityState === "visible" && seen > 0) postReceipts(conversationId, { readSeq: seen });
    };
    // The top bar and the composer cover the page's edges: what is under them is not seen.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) seen = Math.max(seen, Number((entry.target as HTMLElement).dataset.seq));
        report();
      },
      { rootMargin: "-56px 0px -72px 0px" },
    );
    root.querySelectorAll<HTMLElement>("li[data-seq]").forEach((element) => observer.observe(element));
    document.addEventListener("visibilitychange", report);
    return () => {
      observer.disconnect();
      document.removeEventListener("visibilitychange", report);
    };
  }, [conversationId, container, messages]);
}
