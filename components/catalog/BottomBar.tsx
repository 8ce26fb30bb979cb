import type { ReactNode } from "react";

/** The page's main action, kept under the thumb: it sticks to the bottom while the page scrolls. */
export function BottomBar({ children }: { children: ReactNode }) {
  return <div className="pb-safe sticky bottom-0 z-10 border-t border-stone-200 bg-white/95 px-4 pt-3 backdrop-blur">{children}</div>;
}
