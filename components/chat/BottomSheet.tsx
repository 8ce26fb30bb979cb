"use client";
import { useEscape } from "@/components/ui/use-escape";
import type { ReactNode } from "react";

/** A sheet that slides up from the bottom, within thumb reach. Tapping outside or Escape closes it. */
export function BottomSheet({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  useEscape(onClose);
  return (
    <div className="fixed inset-0 z-40 flex flex-col justify-end bg-black/40" onClick={onClose}>
      <div role="dialog" aria-modal="true" aria-label={label} className="pb-safe rounded-t-2xl bg-white shadow-xl" onClick={(event) => event.stopPropagation()}>
        <div aria-hidden className="mx-auto mt-2 h-1.5 w-10 rounded-full bg-stone-300" />
        {children}
      </div>
    </div>
  );
}
