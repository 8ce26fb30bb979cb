"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { MessagePhotoView } from "@/lib/messages/message-view";

// The full-screen photo (with zoom) loads when a photo is first opened: most chats never open one.
const PhotoOverlay = dynamic(() => import("./PhotoOverlay").then((m) => m.PhotoOverlay));

/** Photos sent with a text (a quick reply's payment QR, a size chart): a grid of thumbnails; a tap
 * opens one full screen, where it can be zoomed (a QR code is scanned from there). */
export function MessagePhotos({ photos }: { photos: MessagePhotoView[] }) {
  const t = useTranslations("chat");
  const [open, setOpen] = useState<MessagePhotoView | null>(null);
  const single = photos.length === 1;
  return (
    <>
      <ul className={`-mx-1 mb-1 grid w-64 max-w-full gap-1 ${single ? "grid-cols-1" : "grid-cols-2"}`} aria-label={t("photos", { count: photos.length })}>
        {photos.map((photo, index) => (
          <li key={`${photo.id}-${index}`} className="relative overflow-hidden rounded-lg bg-stone-200" style={{ backgroundImage: `url(${photo.placeholder})`, backgroundSize: "cover" }}>
            <button type="button" onClick={() => setOpen(photo)} className="block w-full" aria-label={t("openPhoto", { number: index + 1, total: photos.length })}>
              {photo.thumbJpeg ? (
                <picture>
                  {photo.thumbWebp ? <source srcSet={`/photos/${photo.thumbWebp}`} type="image/webp" /> : null}
                  <img src={`/photos/${photo.thumbJpeg}`} alt="" width={photo.width} height={photo.height} loading="lazy" decoding="async" className={`w-full object-cover ${single ? "max-h-80" : "aspect-square"}`} />
                </picture>
              ) : (
                <span className="block aspect-square w-full" />
              )}
            </button>
          </li>
        ))}
      </ul>
      {open ? <PhotoOverlay photo={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
