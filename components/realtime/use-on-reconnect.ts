"use client";
import { useEffect, useRef } from "react";
import { subscribeLiveStatus } from "./live-events";

/** Runs `catchUp` when the event stream comes back after a drop. The stream's replay covers
 * messages and receipts, not order changes: views of orders ask for them again here. */
export function useOnReconnect(catchUp: () => void) {
  const latest = useRef(catchUp);
  useEffect(() => {
    latest.current = catchUp;
  }, [catchUp]);
  useEffect(
    () =>
      subscribeLiveStatus((status, reconnected) => {
        if (status === "open" && reconnected) latest.current();
      }),
    [],
  );
}
