/** Previous and next over a photo strip, for a mouse: from tablet width up (a phone swipes, and
 * the buttons would cover the photo there). */
export function SlideButtons({ onPrevious, onNext, atStart, atEnd }: { onPrevious: () => void; onNext: () => void; atStart: boolean; atEnd: boolean }) {
  const classes =
    "absolute top-1/2 z-10 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-black/55 text-3xl leading-none text-white hover:bg-black/75 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-30 md:flex";
  return (
    <>
      <button type="button" onClick={onPrevious} disabled={atStart} aria-label="Previous photo" className={`${classes} left-3`}>
        ‹
      </button>
      <button type="button" onClick={onNext} disabled={atEnd} aria-label="Next photo" className={`${classes} right-3`}>
        ›
      </button>
    </>
  );
}
