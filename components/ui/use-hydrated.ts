"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server's HTML and until React has taken over the page, then true. Forms that send
 * with script disable their button until then: a tap on a slow phone before the script arrived
 * would otherwise submit natively, reload the page and lose what was typed. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
