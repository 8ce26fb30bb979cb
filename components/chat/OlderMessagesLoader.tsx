"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** Loads the previous page when the reader scrolls near the top. A button too, for keyboards
 * and for when the observer cannot tell (very short pages). */
export function OlderMessagesLoader({ hasOlder, loading, onLoad }: { hasOlder: boolean; loading: boolean; onLoad: () => void }) {
  const t = useTranslations("chat");
  const sentinel = useRef<HTMLDivElement>(null);
  const load = useRef(onLoad);
  useEffect(() => {
    load.current = onLoad;
  }, [onLoad]);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasOlder || loading) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) load.current();
    // Close enough to start before the top shows, not so far that a first page which only just
    // fills a phone's screen (20 messages) loads the next one before anybody scrolls.
    }, { rootMargin: "200px 0px 0px 0px" });
    // After the first paint: the page opens scrolled to the bottom, not at this sentinel.
    const start = requestAnimationFrame(() => observer.observe(element));
    return () => {
      cancelAnimationFrame(start);
      observer.disconnect();
    };
  }, [hasOlder, loading]);

  if (!hasOlder) return null;
  return (
    <div ref={sentinel} className="flex justify-center pt-3">
      <button type="button" onClick={onLoad} disabled={loading} className="min-h-11 rounded-full bg-white/90 px-4 text-sm font-medium text-stone-700 shadow-sm">
        {loading ? t("loadingEarlier") : t("loadEarlier")}
      </button>
    </div>
  );
}
