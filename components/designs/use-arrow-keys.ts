"use client";
import { useEffect } from "react";

/** Left and right arrow keys move a full-screen viewer (keyboards and desktop browsers). Keys
 * typed into a field are left alone. */
export function useArrowKeys(onPrevious: () => void, onNext: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      // The focused strip would scroll a few pixels by itself; this moves a whole photo instead.
      event.preventDefault();
      if (event.key === "ArrowLeft") onPrevious();
      else onNext();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onPrevious, onNext]);
}
