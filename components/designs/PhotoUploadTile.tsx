"use client";
import type { PhotoUpload } from "./use-photo-uploads";

/** One chosen photo: its preview, its own progress bar, and a retry when it failed. */
export function PhotoUploadTile({ upload, onRetry, onRemove }: { upload: PhotoUpload; onRetry: () => void; onRemove: () => void }) {
  const label = upload.status === "done" ? "Uploaded" : upload.status === "failed" ? upload.error : upload.status === "preparing" ? "Preparing…" : `Uploading ${Math.round(upload.progress * 100)}%`;
  return (
    <li className="relative overflow-hidden rounded-lg bg-stone-200" data-status={upload.status} aria-label={`Photo: ${label}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL), not a served image */}
      <img src={upload.previewUrl} alt="" className="aspect-[3/4] w-full object-cover" />
      <button type="button" onClick={onRemove} aria-label="Remove photo" className="absolute top-1 right-1 inline-flex size-9 items-center justify-center rounded-full bg-black/60 text-lg text-white">
        ×
      </button>
      {upload.status === "failed" ? (
        <button type="button" onClick={onRetry} className="absolute inset-x-0 bottom-0 min-h-11 bg-red-700/90 px-2 text-xs font-semibold text-white">
          {upload.error} Retry
        </button>
      ) : (
        <div className="absolute inset-x-0 bottom-0 h-1.5 bg-black/20" role="progressbar" aria-label="Upload" aria-valuetext={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(upload.progress * 100)}>
          <div className={`h-full ${upload.status === "done" ? "bg-brand-600" : "bg-amber-400"}`} style={{ width: `${Math.round(upload.progress * 100)}%` }} />
        </div>
      )}
    </li>
  );
}
