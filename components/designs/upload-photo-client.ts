// Uploads one photo with progress.
import { uploadWithProgress } from "@/components/ui/upload-with-progress";
import { clientNotice } from "@/lib/i18n/client-notices";

export interface UploadedPhoto {
  photoId: string;
  width: number;
  height: number;
  placeholder: string;
  thumbWebp?: string | null;
  thumbJpeg?: string | null;
}

export type UploadResult = { ok: true; photo: UploadedPhoto } | { ok: false; message: string; retryable: boolean };

export async function uploadPhoto(body: Blob, query: { businessId: string; clientId: string }, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<UploadResult> {
  const answer = await uploadWithProgress<UploadedPhoto>(`/api/photos?${new URLSearchParams(query)}`, body, onProgress, { signal, failedMessage: clientNotice("photoNotSent") });
  return answer.ok ? { ok: true, photo: answer.payload } : answer;
}
