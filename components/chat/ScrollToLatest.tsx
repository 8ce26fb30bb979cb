"use client";
import { useEffect, useRef } from "react";

/** Keeps the newest message in view when the conversation opens and when a message arrives. */
export function ScrollToLatest({ count }: { count: number }) {
  const marker = useRef<HTMLDivElement>(null);
  useEffect(() => {
    marker.current?.scrollIntoView({ block: "end" });
  }, [count]);
  // The margin keeps the newest message above the sticky composer.
  return <div ref={marker} aria-hidden className="scroll-mb-28" />;
}
