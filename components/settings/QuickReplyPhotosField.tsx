"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { downsizeForUpload } from "@/components/designs/downsize-photo";
import { uploadPhoto } from "@/components/designs/upload-photo-client";
import { newClientId } from "@/lib/messages/outbox";
import type { QuickReplyPhotoView } from "@/lib/quick-replies/quick-replies";

export interface ChosenPhoto {
  id: string;
  thumb: string | null;
}

const MAX_PHOTOS = 4;

/** Up to four photos sent with a quick reply (the payment QR, the size chart): each uploads as it
 * is chosen, shows with a remove button, and the form saves their ids in this order. */
export function QuickReplyPhotosField({ businessId, initial, onChange }: { businessId: string; initial: QuickReplyPhotoView[]; onChange: (photos: ChosenPhoto[]) => void }) {
  const t = useTranslations("settings.qr");
  const [photos, setPhotos] = useState<ChosenPhoto[]>(() => initial.map((photo) => ({ id: photo.id, thumb: photo.thumbWebp ?? photo.thumbJpeg })));
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const set = (next: ChosenPhoto[]) => {
    setPhotos(next);
    onChange(next);
  };

  async function add(files: File[]) {
    setError(null);
    const room = MAX_PHOTOS - photos.length - uploading;
    if (files.length > room) setError(t("tooManyPhotos", { max: MAX_PHOTOS }));
    let added = [...photos];
    for (const file of files.slice(0, Math.max(0, room))) {
      setUploading((n) => n + 1);
      const answer = await uploadPhoto(await downsizeForUpload(file), { businessId, clientId: newClientId() }, () => {});
      setUploading((n) => n - 1);
      if (!answer.ok) {
        setError(answer.message);
        continue;
      }
      added = [...added, { id: answer.photo.photoId, thumb: answer.photo.thumbWebp ?? answer.photo.thumbJpeg ?? null }];
      set(added);
    }
  }

  return (
    <fieldset>
      <legend className="mb-1.5 block text-sm font-medium text-stone-700">{t("photosLegend", { max: MAX_PHOTOS })}</legend>
      <ul aria-label={t("photosLabel")} className="flex flex-wrap gap-2">
        {photos.map((photo, index) => (
          <li key={photo.id} className="relative">
            {/* eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos */}
            {photo.thumb ? <img src={`/photos/${photo.thumb}`} alt={t("photo", { n: index + 1 })} width={72} height={72} className="size-18 rounded-lg object-cover ring-1 ring-stone-300" /> : <span className="block size-18 rounded-lg bg-stone-200" />}
            <button
              type="button"
              onClick={() => set(photos.filter((p) => p.id !== photo.id))}
              aria-label={t("removePhoto", { n: index + 1 })}
              className="absolute -top-2 -right-2 inline-flex size-8 items-center justify-center rounded-full bg-stone-800 text-white"
            >
              ×
            </button>
          </li>
        ))}
        {Array.from({ length: uploading }, (_, index) => (
          <li key={`uploading-${index}`} className="flex size-18 items-center justify-center rounded-lg bg-stone-200 text-xs text-stone-600" role="status">
            {t("adding")}
          </li>
        ))}
        {photos.length + uploading < MAX_PHOTOS ? (
          <li>
            <label className="flex size-18 cursor-pointer flex-col items-center justify-center rounded-lg border-2 text-center leading-tight border-dashed border-stone-300 text-sm font-semibold text-brand-700 hover:bg-white">
              <span aria-hidden className="text-2xl leading-none">+</span>
              {t("addPhoto")}
              <input
                type="file"
                accept="image/*"
                multiple
                className="sr-only"
                onChange={(event) => {
                  const files = Array.from(event.target.files ?? []);
                  event.target.value = "";
                  if (files.length) void add(files);
                }}
              />
            </label>
          </li>
        ) : null}
      </ul>
      {error ? (
        <p role="alert" className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
