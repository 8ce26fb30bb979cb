import type { ReactNode } from "react";

/** Two columns on a phone, three from sm: big enough to judge a print at arm's length. */
export function DesignGrid({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-x-2 gap-y-3 px-2 sm:grid-cols-3">
      {children}
    </ul>
  );
}
