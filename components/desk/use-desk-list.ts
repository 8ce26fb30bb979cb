"use client";
import { useCallback, useEffect, useState } from "react";

/** A list for the desk's side pane, read from a JSON route while `enabled` (a desk screen) and
 * again on `reload()` and on a new `url`; the lists keep it live from the events and call
 * `reload()` for what the events cannot say (a new row, a dropped stream). `revive` turns the JSON into what the list draws (dates). */
export function useDeskList<T>(url: string, enabled: boolean, revive: (json: unknown) => T): { data: T | null; failed: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!enabled) return;
    const aborted = new AbortController();
    fetch(url, { signal: aborted.signal, headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        setData(revive(await response.json()));
        setFailed(false);
      })
      .catch(() => {
        if (!aborted.signal.aborted) setFailed(true);
      });
    return () => aborted.abort();
  }, [url, enabled, version, revive]);

  return { data, failed, reload };
}
