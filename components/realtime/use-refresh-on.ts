"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { LiveEvent } from "@/lib/realtime/live-event";
import { subscribeLiveEvents } from "./live-events";

/** Re-renders a server page from the server when a live event it cares about arrives. A burst
 * of such events (a buyer scrolling, a payment then "packed") causes one refresh. */
export function useRefreshOn(matches: (event: LiveEvent) => boolean, delayMs = 200) {
  const router = useRouter();
  const match = useRef(matches);
  useEffect(() => {
    match.current = matches;
  }, [matches]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribeLiveEvents((event) => {
      if (!match.current(event)) return;
      pending ??= setTimeout(() => {
        pending = null;
        router.refresh();
      }, delayMs);
    });
    return () => {
      stop();
      if (pending) clearTimeout(pending);
    };
  }, [router, delayMs]);
}
