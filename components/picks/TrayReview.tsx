"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BottomSheet } from "@/components/chat/BottomSheet";
import { sendJson } from "@/components/ui/send-json";
import { newClientId } from "@/lib/messages/outbox";
import { pickSummaryText, piecesText, priceText } from "@/components/designs/design-text";
import type { Tray } from "@/lib/picks/get-tray";
import { Stepper } from "./Stepper";

/** The buyer's picks before ordering: remove what they changed their mind about, then confirm. */
export function TrayReview({ conversationId, tray, onChanged, onClose }: { conversationId: string; tray: Tray; onChanged: () => void; onClose: () => void }) {
  const t = useTranslations("picks");
  const td = useTranslations("designs");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key for this review: a double tap, a retry after a timeout or a second tab confirming
  // the same tray all get the one order.
  const [idempotencyKey] = useState(newClientId);

  async function remove(pickId: string) {
    setError(null);
    const result = await sendJson(`/api/picks/${pickId}`, "DELETE", undefined, t("notRemoved"));
    if (!result.ok) setError(result.message);
    onChanged();
  }

  async function changeSets(pickId: string, sets: number) {
    setError(null);
    const result = await sendJson(`/api/picks/${pickId}`, "PATCH", { sets }, t("notChanged"));
    if (!result.ok) setError(result.message);
    onChanged();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await sendJson(`/api/conversations/${conversationId}/orders`, "POST", { idempotencyKey, pickIds: tray.picks.map((p) => p.id) }, t("notPlaced"));
    setBusy(false);
    onChanged();
    if (result.ok) return onClose();
    setError(result.offline ? t("offlineConfirm") : result.message);
  }

  return (
    <BottomSheet label={t("yourPicks")} onClose={onClose}>
      <div className="max-h-[80dvh] overflow-y-auto px-4 pt-3 pb-4">
        <h2 className="mb-2 text-lg font-semibold">{t("yourPicks")}</h2>
        <ul className="divide-y divide-stone-200" aria-label={t("list")}>
          {tray.picks.map((pick) => (
            <li key={pick.id} className="flex items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {pick.code}
                  {pick.colour ? ` ${pick.colour}` : ""}
                </p>
                <p className="text-sm text-stone-600">{pickSummaryText(td, pick)}</p>
                {pick.note ? <p className="text-sm text-stone-500">“{pick.note}”</p> : null}
                {pick.sets !== null ? (
                  <div className="mt-1">
                    <Stepper label={t("setsOf", { code: pick.code })} min={1} value={pick.sets} onChange={(sets) => void changeSets(pick.id, sets)} />
                  </div>
                ) : null}
              </div>
              <button type="button" onClick={() => void remove(pick.id)} aria-label={t("remove", { code: pick.code })} className="inline-flex size-11 items-center justify-center rounded-full text-xl text-stone-500 hover:bg-stone-100">
                ×
              </button>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex justify-between text-base font-semibold">
          <span>
            {td("count", { count: tray.designs })}, {piecesText(td, tray.pieces)}
          </span>
          <span>{priceText(td, tray.totalPaise)}</span>
        </p>
        {error ? (
          <p role="alert" className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button type="button" onClick={() => void confirm()} disabled={busy || !tray.picks.length} className="mt-4 min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {busy ? t("placing") : t("confirm")}
        </button>
      </div>
    </BottomSheet>
  );
}
