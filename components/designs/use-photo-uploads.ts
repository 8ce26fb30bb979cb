"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { newClientId } from "@/lib/messages/outbox";
import { downsizeForUpload } from "./downsize-photo";
import { uploadPhoto } from "./upload-photo-client";

export interface PhotoUpload {
  key: string;
  previewUrl: string;
  status: "preparing" | "uploading" | "done" | "failed";
  progress: number;
  bytes: number;
  photoId?: string;
  error?: string;
}

/** Downsizes and uploads chosen photos one after another (on a weak link, one at a time finishes
 * sooner than all at once), each with its own progress; a failed one can be retried alone. */
export function usePhotoUploads(businessId: string) {
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const blobs = useRef(new Map<string, Blob>());
  const clientIds = useRef(new Map<string, string>());
  const queue = useRef<Promise<void>>(Promise.resolve());

  const patch = useCallback((key: string, change: Partial<PhotoUpload>) => {
    setUploads((now) => now.map((u) => (u.key === key ? { ...u, ...change } : u)));
  }, []);

  const send = useCallback(
    (key: string) => {
      queue.current = queue.current.then(async () => {
        const blob = blobs.current.get(key);
        if (!blob) return;
        patch(key, { status: "uploading", progress: 0, error: undefined });
        // The same id on a retry: the server returns the photo it already stored.
        const result = await uploadPhoto(blob, { businessId, clientId: clientIds.current.get(key)! }, (progress) => patch(key, { progress }));
        if (result.ok) patch(key, { status: "done", progress: 1, photoId: result.photo.photoId });
        else patch(key, { status: "failed", error: result.message });
      });
    },
    [businessId, patch],
  );

  const add = useCallback(
    (files: File[]) => {
      for (const file of files) {
        const key = newClientId();
        clientIds.current.set(key, newClientId());
        setUploads((now) => [...now, { key, previewUrl: URL.createObjectURL(file), status: "preparing", progress: 0, bytes: file.size }]);
        queue.current = queue.current.then(async () => {
          const blob = await downsizeForUpload(file);
          blobs.current.set(key, blob);
          patch(key, { bytes: blob.size });
        });
        send(key);
      }
    },
    [patch, send],
  );

  const remove = useCallback((key: string) => {
    blobs.current.delete(key);
    setUploads((now) => now.filter((u) => u.key !== key));
  }, []);

  useEffect(() => () => uploads.forEach((u) => URL.revokeObjectURL(u.previewUrl)), []); // eslint-disable-line react-hooks/exhaustive-deps -- on close only

  return { uploads, add, retry: send, remove };
}
