"use client";
import { designPrice } from "@/lib/designs/design-price";
import { piecesLabel } from "@/lib/orders/quantity-labels";
import type { Tray } from "@/lib/picks/get-tray";

/** Above the composer: the sum of the buyer's open picks and the way to order them. */
export function TrayBar({ tray, onReview }: { tray: Tray; onReview: () => void }) {
  if (!tray.picks.length) return null;
  return (
    <button type="button" onClick={onReview} className="flex min-h-12 w-full items-center justify-between gap-2 bg-brand-700 px-4 text-left text-sm font-semibold text-white">
      <span>
        {tray.designs} design{tray.designs === 1 ? "" : "s"}, {piecesLabel(tray.pieces)}, {designPrice(tray.totalPaise)}
      </span>
      <span className="rounded-full bg-white/20 px-3 py-1">Review</span>
    </button>
  );
}
