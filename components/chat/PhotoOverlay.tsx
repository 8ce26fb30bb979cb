"use client";
// One photo of a message, full screen and zoomable (a payment QR is scanned from here).
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ZoomableImage } from "@/components/designs/ZoomableImage";
import type { MessagePhotoView } from "@/lib/messages/message-view";

export function PhotoOverlay({ photo, onClose }: { photo: MessagePhotoView; onClose: () => void }) {
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
