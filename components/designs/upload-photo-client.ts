// Uploads one photo with progress (fetch cannot report upload progress; XMLHttpRequest can).
import { isRetryableStatus } from "@/lib/messages/outbox";

export interface UploadedPhoto {
  photoId: string;
  width: number;
  height: number;
  placeholder: string;
}

export type UploadResult = { ok: true; photo: UploadedPhoto } | { ok: false; message: string; retryable: boolean };

export function uploadPhoto(body: Blob, query: { businessId: string; clientId: string }, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    signal?.addEventListener("abort", () => request.abort());
    request.onabort = () => resolve({ ok: false, message: "Stopped.", retryable: true });
    request.open("POST", `/api/photos?${new URLSearchParams(query)}`);
    request.setRequestHeader("Content-Type", body.type || "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const payload = (() => {
        try {
          return JSON.parse(request.responseText) as UploadedPhoto & { error?: { message?: string } };
        } catch {
          return null;
        }
      })();
      if (request.status === 201 && payload) return resolve({ ok: true, photo: payload });
      resolve({ ok: false, message: payload?.error?.message ?? "The photo could not be sent.", retryable: isRetryableStatus(request.status) });
    };
    request.onerror = () => resolve({ ok: false, message: "No connection. Tap to try again.", retryable: true });
    request.send(body);
  });
}
