"use client";
import { useSyncExternalStore } from "react";

/** The width from which the app shows two panes, as the messaging app's desktop version does
 * (Tailwind's `lg`, 1024 px). Below it, the phone layout. */
const DESK_QUERY = "(min-width: 1024px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(DESK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True on a screen wide enough for two panes. False on the server and on phones, so a phone
 * never loads what only the second pane shows. */
export function useIsDesk(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DESK_QUERY).matches,
    () => false,
  );
}
