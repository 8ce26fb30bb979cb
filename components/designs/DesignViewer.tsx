"use client";
import { useTranslations } from "next-intl";
import { ShareIcon } from "@/components/ui/icons";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { useEscape } from "@/components/ui/use-escape";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DesignDetails } from "@/lib/designs/design-views";
import { DesignFacts } from "./DesignFacts";
import { DesignPhoto } from "./DesignPhoto";
import { pricePerPieceText } from "./design-text";
import { fetchDesign } from "./fetch-design";
import { shareDesign, type ShareOutcome } from "./share-design";
import { SlideButtons } from "./SlideButtons";
import { useArrowKeys } from "./use-arrow-keys";
import { ZoomableImage } from "./ZoomableImage";
import { useDesignTitle } from "@/components/designs/use-design-title";

interface Props {
  designIds: string[];
  startIndex: number;
  onClose: () => void;
  /** For buyers: opens the pick sheet for the design on screen. */
  onPick?: (design: DesignDetails) => void;
}

/** Full screen: swipe between the album's designs (and their photos), pinch or double-tap to
 * zoom, the design's details underneath, and Pick for buyers. With a mouse or keyboard:
 * previous/next buttons, the arrow keys, Escape to close, and the strip takes focus. */
export function DesignViewer({ designIds, startIndex, onClose, onPick }: Props) {
  const t = useTranslations("designs");
  const tv = useTranslations("designs.viewer");
  const tc = useTranslations("common");
  const titleOf = useDesignTitle();
  const [designs, setDesigns] = useState<(DesignDetails | null)[]>(() => designIds.map(() => null));
  const [failed, setFailed] = useState(false);
  // Bumped to load again: by "Try again", or by the network coming back after a failed load.
  const [attempt, setAttempt] = useState(0);
  const loadAgain = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  const [current, setCurrent] = useState(0);
  const strip = useRef<HTMLDivElement>(null);
  const positioned = useRef(false);

  useEffect(() => {
    let live = true;
    Promise.all(designIds.map(fetchDesign)).then(
      (loaded) => live && setDesigns(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [designIds, attempt]);

  useEffect(() => {
    if (!failed) return;
    window.addEventListener("online", loadAgain);
    return () => window.removeEventListener("online", loadAgain);
  }, [failed, loadAgain]);

  useEscape(onClose);
  const { dialogRef, trapTab } = useDialogFocus<HTMLDivElement>();

  const slides = designs.flatMap((design, designIndex) => (design ? design.photos.map((photo) => ({ design, designIndex, photo })) : []));
  const loaded = designs.every(Boolean) && slides.length > 0;

  useEffect(() => {
    // Open at the tapped design's first photo, once the slides exist.
    if (!loaded || positioned.current || !strip.current) return;
    positioned.current = true;
    const first = slides.findIndex((slide) => slide.designIndex === startIndex);
    strip.current.scrollLeft = Math.max(0, first) * strip.current.clientWidth;
  }, [loaded, slides, startIndex]);

  const onScroll = () => {
    const element = strip.current;
    if (element) setCurrent(Math.round(element.scrollLeft / element.clientWidth));
  };
  const slide = slides[current] ?? slides[0];
  const count = slides.length;
  const goTo = useCallback(
    (index: number) => {
      const element = strip.current;
      if (!element || count === 0) return;
      const target = Math.min(count - 1, Math.max(0, index));
      // At once, not smoothly: a key pressed during a smooth scroll raced it (its late scroll
      // events, then snapping) and could land back where it started. A swipe still glides.
      element.scrollTo({ left: target * element.clientWidth, behavior: "instant" });
      setCurrent(target);
    },
    [count],
  );
  const [shared, setShared] = useState<ShareOutcome | null>(null);
  const share = async () => {
    if (!slide) return;
    setShared(null);
    setShared(await shareDesign(slide.design, slide.photo, pricePerPieceText(t, slide.design.pricePerPiecePaise)));
  };
  const previous = useCallback(() => goTo(current - 1), [goTo, current]);
  const next = useCallback(() => goTo(current + 1), [goTo, current]);
  useArrowKeys(previous, next);

  return (
    <div ref={dialogRef} tabIndex={-1} onKeyDown={trapTab} role="dialog" aria-modal="true" aria-label={tv("label")} className="fixed inset-0 z-50 flex flex-col bg-black outline-none">
      {/* A div, not a header: inside a dialog a header would be a second page banner (axe: landmark-no-duplicate-banner). */}
      <div className="pt-safe flex min-h-14 items-center gap-2 px-2 text-white">
        <button type="button" onClick={onClose} aria-label={tc("close")} className="inline-flex size-12 items-center justify-center rounded-full text-2xl hover:bg-white/10">
          ×
        </button>
        <p className="flex-1 text-sm text-white/80" aria-live="polite">
          {slides.length ? tv("position", { current: current + 1, total: slides.length }) : ""}
        </p>
        <p className="text-sm text-white/80" role="status">
          {shared === "copied" ? tv("copied") : shared === "failed" ? tv("shareFailed") : ""}
        </p>
        {slide ? (
          <button type="button" onClick={() => void share()} aria-label={tv("share", { code: slide.design.code })} className="inline-flex size-12 items-center justify-center rounded-full hover:bg-white/10">
            <ShareIcon />
          </button>
        ) : null}
      </div>
      <div className="relative flex min-h-0 flex-1">
        <div
          ref={strip}
          onScroll={onScroll}
          // Focusable so a keyboard can reach and scroll it (axe: scrollable-region-focusable).
          tabIndex={0}
          role="region"
          aria-roledescription="carousel"
          aria-label={tv("photos")}
          className="flex flex-1 snap-x snap-mandatory overflow-x-auto overscroll-contain [scrollbar-width:none] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-white"
        >
          {failed ? (
            <div className="m-auto flex flex-col items-center gap-4 p-6 text-center text-white">
              <p>{tv("loadFailed")}</p>
              <button type="button" onClick={loadAgain} className="min-h-12 rounded-full bg-white px-6 font-semibold text-stone-900">
                {tc("retry")}
              </button>
            </div>
          ) : null}
          {!loaded && !failed ? <p className="m-auto text-white/70">{tc("loading")}</p> : null}
          {slides.map(({ design, photo }, index) => (
            <div key={photo.id} className="h-full w-full shrink-0 snap-center" data-current={index === current || undefined}>
              <ZoomableImage label={tv("photoOf", { code: design.code, number: index + 1, total: slides.length })}>
                <DesignPhoto photo={photo} alt={`${design.code} ${titleOf(design)}`} sizes="100vw" className="max-h-[calc(100dvh-14rem)] w-auto object-contain" />
              </ZoomableImage>
            </div>
          ))}
        </div>
        {count > 1 ? <SlideButtons onPrevious={previous} onNext={next} atStart={current === 0} atEnd={current >= count - 1} /> : null}
      </div>
      {slide ? (
        <div className="pb-safe space-y-3 bg-black/80 px-4 pt-3">
          <DesignFacts design={slide.design} />
          {onPick ? (
            <button type="button" onClick={() => onPick(slide.design)} className="mb-3 min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white">
              {tv("pick", { code: slide.design.code })}
            </button>
          ) : (
            <div className="h-3" />
          )}
        </div>
      ) : null}
    </div>
  );
}
