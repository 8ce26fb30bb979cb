// Sends a file as a request body with progress (fetch cannot report upload progress;
// XMLHttpRequest can), and sorts the answer into done, refused (the server's message) or
// worth retrying. Shared by the photo uploads and the documents sent in a chat.
import { isRetryableStatus } from "@/lib/messages/outbox";
import { clientNotice } from "@/lib/i18n/client-notices";

export type UploadAnswer<T> = { ok: true; payload: T } | { ok: false; message: string; retryable: boolean };

export function uploadWithProgress<T>(url: string, body: Blob, onProgress: (fraction: number) => void, options: { signal?: AbortSignal; failedMessage: string }): Promise<UploadAnswer<T>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    options.signal?.addEventListener("abort", () => request.abort());
    request.onabort = () => resolve({ ok: false, message: clientNotice("uploadStopped"), retryable: true });
    request.open("POST", url);
    request.setRequestHeader("Content-Type", body.type || "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const payload = (() => {
        try {
          return JSON.parse(request.responseText) as T & { error?: { message?: string } };
        } catch {
          return null;
        }
      })();
      if (request.status >= 200 && request.status < 300 && payload) return resolve({ ok: true, payload });
      resolve({ ok: false, message: payload?.error?.message ?? options.failedMessage, retryable: isRetryableStatus(request.status) });
    };
    request.onerror = () => resolve({ ok: false, message: clientNotice("uploadNoConnection"), retryable: true });
    request.send(body);
  });
}
