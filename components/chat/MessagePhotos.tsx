"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ZoomableImage } from "@/components/designs/ZoomableImage";
import type { MessagePhotoView } from "@/lib/messages/message-view";

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

function PhotoOverlay({ photo, onClose }: { photo: MessagePhotoView; onClose: () => void }) {
  const t = useTranslations("chat");
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const jpeg = photo.screenJpeg ?? photo.thumbJpeg;
  const webp = photo.screenWebp ?? photo.thumbWebp;
  return (
    <div role="dialog" aria-modal="true" aria-label={t("photo")} className="fixed inset-0 z-50 flex flex-col bg-black">
      <div className="flex justify-end p-2">
        <button type="button" onClick={onClose} autoFocus aria-label={t("closePhoto")} className="inline-flex size-12 items-center justify-center rounded-full text-3xl text-white hover:bg-white/10">
          ×
        </button>
      </div>
      <div className="flex min-h-0 flex-1 items-center justify-center overflow-hidden">
        <ZoomableImage label={t("photo")}>
          <picture>
            {webp ? <source srcSet={`/photos/${webp}`} type="image/webp" /> : null}
            {/* eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos */}
            {jpeg ? <img src={`/photos/${jpeg}`} alt="" width={photo.width} height={photo.height} className="max-h-[85vh] w-auto max-w-full object-contain" /> : null}
          </picture>
        </ZoomableImage>
      </div>
    </div>
  );
}
