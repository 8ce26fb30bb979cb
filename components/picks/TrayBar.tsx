"use client";
import { useTranslations } from "next-intl";
import { piecesText, priceText } from "@/components/designs/design-text";
import type { Tray } from "@/lib/picks/get-tray";

/** Above the composer: the sum of the buyer's open picks and the way to order them. */
export function TrayBar({ tray, onReview }: { tray: Tray; onReview: () => void }) {
  const t = useTranslations("picks");
  const td = useTranslations("designs");
  if (!tray.picks.length) return null;
  return (
    <button type="button" onClick={onReview} className="flex min-h-12 w-full items-center justify-between gap-2 bg-brand-700 px-4 text-left text-sm font-semibold text-white">
      <span>
        {td("count", { count: tray.designs })}, {piecesText(td, tray.pieces)}, {priceText(td, tray.totalPaise)}
      </span>
      <span className="rounded-full bg-white/20 px-3 py-1">{t("review")}</span>
    </button>
  );
}
