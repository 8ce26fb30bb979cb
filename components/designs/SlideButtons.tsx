import { useTranslations } from "next-intl";

/** Previous and next over a photo strip, for a mouse: from tablet width up (a phone swipes, and
 * the buttons would cover the photo there). At either end a button is aria-disabled, not
 * disabled: a disabled button drops the focus it had, so the arrow key pressed next (with a
 * keyboard, or right after a click) went nowhere. */
export function SlideButtons({ onPrevious, onNext, atStart, atEnd }: { onPrevious: () => void; onNext: () => void; atStart: boolean; atEnd: boolean }) {
  const t = useTranslations("designs.viewer");
  const classes =
    "absolute top-1/2 z-10 hidden size-12 -translate-y-1/2 items-center justify-center rounded-full bg-black/55 text-3xl leading-none text-white hover:bg-black/75 focus-visible:outline-2 focus-visible:outline-white aria-disabled:cursor-default aria-disabled:opacity-30 md:flex";
  return (
    <>
      <button type="button" onClick={atStart ? undefined : onPrevious} aria-disabled={atStart} aria-label={t("previousPhoto")} className={`${classes} left-3`}>
        ‹
      </button>
      <button type="button" onClick={atEnd ? undefined : onNext} aria-disabled={atEnd} aria-label={t("nextPhoto")} className={`${classes} right-3`}>
        ›
      </button>
    </>
  );
}
