"use client";
import { useEffect, useRef, type KeyboardEvent } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

/** A modal dialog's keyboard focus: on open it moves to the dialog itself (not its first field, so a
 * phone does not pop its keyboard over the sheet; a screen reader reads the dialog's label), Tab and
 * Shift+Tab wrap inside it, and on close it goes back to what opened it, unless the dialog's action
 * already sent it somewhere on purpose (Reply focuses the composer).
 *
 * Give dialogRef to the dialog element (with tabIndex={-1}) and trapTab as its onKeyDown. */
export function useDialogFocus<T extends HTMLElement>() {
  const dialog = useRef<T>(null);
  // Kept across React's development double-run of effects, which would otherwise see the dialog
  // itself as the opener.
  const openerRef = useRef<HTMLElement | null | undefined>(undefined);

  useEffect(() => {
    if (openerRef.current === undefined) openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const opener = openerRef.current;
    dialog.current?.focus({ preventScroll: true });
    return () => {
      // By now the dialog is gone: focus that was inside it fell back to the body.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  const trapTab = (event: KeyboardEvent<T>) => {
    const container = dialog.current;
    if (event.key !== "Tab" || !container) return;
    const items = focusableIn(container);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === container)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return { dialogRef: dialog, trapTab };
}
