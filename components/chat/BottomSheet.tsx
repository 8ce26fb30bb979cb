"use client";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { useEscape } from "@/components/ui/use-escape";
import { useRef, type MouseEvent, type ReactNode } from "react";

/** A sheet that slides up from the bottom, within thumb reach (on a desk, a card in the middle). Tapping outside or Escape closes it.
 *
 * A sheet opened by a long-press (the message menu) comes up under the finger that is still down.
 * When that finger lifts, the phone's browser sends a click to whatever is under it by then: the
 * backdrop (which would close the sheet at once) or one of the sheet's buttons. So a click counts
 * only after a press that began inside the sheet's layer. Keyboard clicks (detail 0) always count.
 *
 * Keyboard focus moves into the sheet, Tab stays in it, and closing returns focus to its opener. */
export function BottomSheet({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  useEscape(onClose);
  const { dialogRef, trapTab } = useDialogFocus<HTMLDivElement>();
  const pressedInside = useRef(false);
  const ignoreClickOfEarlierPress = (event: MouseEvent) => {
    if (event.detail === 0 || pressedInside.current) return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div
      className="fixed inset-0 z-40 flex flex-col justify-end bg-black/40 lg:items-center lg:justify-center"
      onPointerDownCapture={() => (pressedInside.current = true)}
      onClickCapture={ignoreClickOfEarlierPress}
      onClick={onClose}
    >
      <div
        ref={dialogRef}
        tabIndex={-1}
        onKeyDown={trapTab}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className="pb-safe rounded-t-2xl bg-white shadow-xl outline-none lg:w-full lg:max-w-md lg:rounded-2xl lg:pb-2"
        onClick={(event) => event.stopPropagation()}
      >
        <div aria-hidden className="mx-auto mt-2 h-1.5 w-10 rounded-full bg-stone-300 lg:invisible" />
        {children}
      </div>
    </div>
  );
}
