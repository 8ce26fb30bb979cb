"use client";
import { useTranslations } from "next-intl";
import type { OutgoingPhoto } from "@/lib/outgoing-posts/post-queue";

type UploadT = ReturnType<typeof useTranslations<"designs.upload">>;

/** What a photo on its way says about itself (a refused one: the server's reason). */
export function photoStatusText(t: UploadT, photo: OutgoingPhoto): string {
  switch (photo.status) {
    case "done":
      return t("uploaded");
    case "rejected":
      return photo.error ?? t("notAccepted");
    case "preparing":
      return t("preparing");
    case "waiting":
      return photo.error ? t("waitingForNetwork") : t("waiting");
    case "uploading":
      return t("uploading", { percent: Math.round(photo.progress * 100) });
  }
}

/** One photo on its way: its preview and its own progress bar; a refused one says why. */
export function PhotoUploadTile({ photo, previewUrl, onRemove }: { photo: OutgoingPhoto; previewUrl?: string; onRemove?: () => void }) {
  const t = useTranslations("designs.upload");
  const label = photoStatusText(t, photo);
  return (
    <li className="relative overflow-hidden rounded-lg bg-stone-200" data-status={photo.status} aria-label={t("photoStatus", { status: label })}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (object URL), not a served image */}
      {previewUrl ? <img src={previewUrl} alt="" className="aspect-[3/4] w-full object-cover" /> : <div className="aspect-[3/4] w-full" />}
      {onRemove ? (
        <button type="button" onClick={onRemove} aria-label={t("removePhoto")} className="absolute top-1 right-1 inline-flex size-9 items-center justify-center rounded-full bg-black/60 text-lg text-white">
          ×
        </button>
      ) : null}
      {photo.status === "rejected" ? (
        <p className="absolute inset-x-0 bottom-0 bg-red-700/90 px-2 py-1 text-xs font-semibold text-white">{label}</p>
      ) : (
        <div className="absolute inset-x-0 bottom-0 h-1.5 bg-black/20" role="progressbar" aria-label={t("progress")} aria-valuetext={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(photo.progress * 100)}>
          <div className={`h-full ${photo.status === "done" ? "bg-brand-600" : "bg-amber-400"}`} style={{ width: `${Math.round(photo.progress * 100)}%` }} />
        </div>
      )}
    </li>
  );
}
