import type { ReactNode } from "react";

const CLASSES = "pb-safe sticky bottom-0 z-10 border-t border-stone-200 bg-white/95 px-4 pt-3 backdrop-blur";

/** The page's main action, kept under the thumb: it sticks to the bottom while the page scrolls.
 * Outside the page's main landmark it needs a label, which makes it a region landmark of its own
 * (axe: region, so screen-reader users can reach it by landmark). */
export function BottomBar({ children, label }: { children: ReactNode; label?: string }) {
  if (label)
    return (
      <section aria-label={label} className={CLASSES}>
        {children}
      </section>
    );
  return <div className={CLASSES}>{children}</div>;
}
