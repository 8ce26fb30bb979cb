"use client";
import { useCallback, useEffect } from "react";
import { forgetSharedPhotos, isShareBatch, readSharedPhotos } from "./shared-photos";

/** Opened from the share page (`?share=<batch>`): hands the shared photos to `open` once. They stay
 * in the cache until `done` (the post sheet closed, posted or not), so a reload meanwhile brings
 * them back rather than losing them. */
export function useSharedPhotos(batch: string | undefined, enabled: boolean, open: (files: File[]) => void): { done: () => void } {
  useEffect(() => {
    if (!enabled || !isShareBatch(batch)) return;
    let live = true;
    void readSharedPhotos(batch).then((files) => {
      if (live && files.length > 0) open(files);
    });
    return () => {
      live = false;
    };
  }, [batch, enabled, open]);

  const done = useCallback(() => {
    if (!isShareBatch(batch)) return;
    void forgetSharedPhotos(batch);
    const url = new URL(window.location.href);
    url.searchParams.delete("share");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }, [batch]);

  return { done };
}
