import type { ReactNode } from "react";

/** What a desk's second pane says while nothing is open (DeskSplit's `placeholder`). */
export function DeskPlaceholder({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <div className="flex max-w-xs flex-col items-center gap-3 text-center text-stone-600">
      <span className="text-brand-600" aria-hidden="true">
        {icon}
      </span>
      <p className="text-base">{children}</p>
    </div>
  );
}
