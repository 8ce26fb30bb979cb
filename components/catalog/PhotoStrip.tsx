"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent } from "react";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import type { PhotoView } from "@/lib/designs/design-views";

/** The app is one phone-wide column (max-w-md): a photo never needs more than 448 CSS px. */
const STRIP_SIZES = "(min-width: 448px) 448px, 100vw";

/** All of a design's photos, one screen wide each: swipe sideways, the strip snaps to a photo. */
export function PhotoStrip({ photos, label }: { photos: PhotoView[]; label: string }) {
  const t = useTranslations("catalog");
  const strip = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);

  if (!photos.length) {
    return <div className="flex aspect-[4/3] items-center justify-center bg-stone-200 text-stone-500">{t("tile.noPhoto")}</div>;
  }
  const onScroll = () => {
    const element = strip.current;
    if (element) setCurrent(Math.round(element.scrollLeft / element.clientWidth));
  };
  const goTo = (index: number) => strip.current?.scrollTo({ left: Math.min(photos.length - 1, Math.max(0, index)) * strip.current.clientWidth, behavior: "smooth" });
  // A focused strip would scroll a few pixels per arrow key; a whole photo is what people expect.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    goTo(current + (event.key === "ArrowRight" ? 1 : -1));
  };

  return (
    <div className="relative bg-stone-900">
      <div
        ref={strip}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        // Focusable so a keyboard can reach and scroll it (axe: scrollable-region-focusable).
        tabIndex={0}
        role="region"
        aria-roledescription="carousel"
        aria-label={t("strip.label", { code: label })}
        className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain [scrollbar-width:none] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
      >
        {photos.map((photo, index) => (
          <div key={photo.id} className="w-full shrink-0 snap-center" aria-roledescription="slide" aria-label={t("strip.slide", { number: index + 1, total: photos.length })}>
            <DesignPhoto photo={photo} alt={t("strip.alt", { code: label, number: index + 1, total: photos.length })} sizes={STRIP_SIZES} className="mx-auto max-h-[70dvh] w-full object-contain" />
          </div>
        ))}
      </div>
      {photos.length > 1 ? (
        <>
          <p className="absolute top-3 right-3 rounded-full bg-black/60 px-2.5 py-1 text-xs font-semibold text-white" aria-live="polite">
            {current + 1} / {photos.length}
          </p>
          <div className="absolute inset-x-0 bottom-1 flex justify-center">
            {photos.map((photo, index) => (
              // Each dot is a full 44 px target around a small visible dot.
              <button key={photo.id} type="button" onClick={() => goTo(index)} aria-label={t("strip.show", { number: index + 1 })} className="flex size-11 items-center justify-center">
                <span className={`block size-2 rounded-full ${index === current ? "bg-white" : "bg-white/45"}`} />
              </button>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
