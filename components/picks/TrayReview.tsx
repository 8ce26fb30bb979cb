"use client";
import { useState } from "react";
import { BottomSheet } from "@/components/chat/BottomSheet";
import { sendJson } from "@/components/ui/send-json";
import { newClientId } from "@/lib/messages/outbox";
import { designPrice } from "@/lib/designs/design-price";
import { piecesLabel } from "@/lib/orders/quantity-labels";
import type { Tray } from "@/lib/picks/get-tray";
import { Stepper } from "./Stepper";

/** The buyer's picks before ordering: remove what they changed their mind about, then confirm. */
export function TrayReview({ conversationId, tray, onChanged, onClose }: { conversationId: string; tray: Tray; onChanged: () => void; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key for this review: a double tap, a retry after a timeout or a second tab confirming
  // the same tray all get the one order.
  const [idempotencyKey] = useState(newClientId);

  async function remove(pickId: string) {
    setError(null);
    const result = await sendJson(`/api/picks/${pickId}`, "DELETE", undefined, "The pick was not removed.");
    if (!result.ok) setError(result.message);
    onChanged();
  }

  async function changeSets(pickId: string, sets: number) {
    setError(null);
    const result = await sendJson(`/api/picks/${pickId}`, "PATCH", { sets }, "The pick was not changed.");
    if (!result.ok) setError(result.message);
    onChanged();
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await sendJson(`/api/conversations/${conversationId}/orders`, "POST", { idempotencyKey, pickIds: tray.picks.map((p) => p.id) }, "The order was not placed. Try again.");
    setBusy(false);
    onChanged();
    if (result.ok) return onClose();
    setError(result.offline ? "No connection. Tap Confirm again when you are back online: it will not order twice." : result.message);
  }

  return (
    <BottomSheet label="Your picks" onClose={onClose}>
      <div className="max-h-[80dvh] overflow-y-auto px-4 pt-3 pb-4">
        <h2 className="mb-2 text-lg font-semibold">Your picks</h2>
        <ul className="divide-y divide-stone-200" aria-label="Picks">
          {tray.picks.map((pick) => (
            <li key={pick.id} className="flex items-center gap-2 py-2">
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {pick.code}
                  {pick.colour ? ` ${pick.colour}` : ""}
                </p>
                <p className="text-sm text-stone-600">{pick.summary}</p>
                {pick.note ? <p className="text-sm text-stone-500">“{pick.note}”</p> : null}
                {pick.sets !== null ? (
                  <div className="mt-1">
                    <Stepper label={`sets of ${pick.code}`} min={1} value={pick.sets} onChange={(sets) => void changeSets(pick.id, sets)} />
                  </div>
                ) : null}
              </div>
              <button type="button" onClick={() => void remove(pick.id)} aria-label={`Remove ${pick.code}`} className="inline-flex size-11 items-center justify-center rounded-full text-xl text-stone-500 hover:bg-stone-100">
                ×
              </button>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex justify-between text-base font-semibold">
          <span>
            {tray.designs} design{tray.designs === 1 ? "" : "s"}, {piecesLabel(tray.pieces)}
          </span>
          <span>{designPrice(tray.totalPaise)}</span>
        </p>
        {error ? (
          <p role="alert" className="mt-3 rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button type="button" onClick={() => void confirm()} disabled={busy || !tray.picks.length} className="mt-4 min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {busy ? "Placing the order…" : "Confirm order"}
        </button>
      </div>
    </BottomSheet>
  );
}
