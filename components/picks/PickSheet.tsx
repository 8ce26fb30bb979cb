"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BottomSheet } from "@/components/chat/BottomSheet";
import { sendJson } from "@/components/ui/send-json";
import type { DesignDetails } from "@/lib/designs/design-views";
import { compositionText, piecesText, pricePerPieceText, setsText, sizeText } from "@/components/designs/design-text";
import { formatRupees } from "@/lib/money";
import { newClientId, type PickRequest } from "@/lib/messages/outbox";
import { FREE_SIZE_SET, piecesPerSet } from "@/lib/orders/quantity-labels";
import { Stepper } from "./Stepper";
import { useDesignTitle } from "@/components/designs/use-design-title";

interface Props {
  conversationId: string;
  design: DesignDetails;
  onClose: () => void;
  onPicked: () => void;
  /** No network: the pick waits in the chat's outbox and goes when the phone is back online. */
  onOffline: (clientId: string, label: string, pick: PickRequest) => void;
}

/** The buyer's structured reply to a design: colour, sets (or pieces per size), a note, and the
 * line total. The server checks everything again and takes the price from the design. */
export function PickSheet({ conversationId, design, onClose, onPicked, onOffline }: Props) {
  const t = useTranslations("picks");
  const td = useTranslations("designs");
  const titleOf = useDesignTitle();
  const composition = design.setComposition.length ? design.setComposition : FREE_SIZE_SET;
  const [colour, setColour] = useState<string | null>(design.colours[0] ?? null);
  const [sets, setSets] = useState(Math.max(1, design.minimumSets));
  const [sizePieces, setSizePieces] = useState<Record<string, number>>(() => Object.fromEntries(composition.map((s) => [s.size, 0])));
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [clientId] = useState(newClientId); // a double tap adds one pick, not two

  const pieces = design.soldLoose ? Object.values(sizePieces).reduce((a, b) => a + b, 0) : sets * piecesPerSet(composition);
  const total = pieces * design.pricePerPiecePaise;

  async function pick() {
    setSaving(true);
    setError(null);
    const pick: PickRequest = { designId: design.id, colour, note: note.trim() || null, ...(design.soldLoose ? { sizePieces } : { sets }) };
    const result = await sendJson(`/api/conversations/${conversationId}/picks`, "POST", { ...pick, clientId }, t("notSaved"));
    setSaving(false);
    if (result.ok) return onPicked();
    if (result.offline) {
      const amount = design.soldLoose ? piecesText(td, pieces) : `${setsText(td, sets)} (${piecesText(td, pieces)})`;
      return onOffline(clientId, `${t("pick", { code: design.code })}${colour ? ` · ${colour}` : ""} · ${amount}`, pick);
    }
    setError(result.message);
  }

  return (
    <BottomSheet label={t("pick", { code: design.code })} onClose={onClose}>
      <div className="max-h-[80dvh] space-y-4 overflow-y-auto px-4 pt-3 pb-4">
        <div>
          <p className="text-lg font-semibold">
            {design.code} <span className="font-normal text-stone-600">{titleOf(design)}</span>
          </p>
          <p className="text-sm text-stone-600">
            {pricePerPieceText(td, design.pricePerPiecePaise)}
            {design.minimumSets > 1 ? ` · ${t("minimumSets", { count: design.minimumSets })}` : ""}
          </p>
        </div>
        {design.colours.length ? (
          <fieldset>
            <legend className="mb-2 text-sm font-medium text-stone-700">{t("colour")}</legend>
            <div className="flex flex-wrap gap-2">
              {design.colours.map((name) => (
                <label key={name} className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${colour === name ? "border-brand-600 bg-brand-50 text-brand-800" : "border-stone-300"}`}>
                  <input type="radio" name="colour" value={name} checked={colour === name} onChange={() => setColour(name)} className="sr-only" />
                  {name}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {design.soldLoose ? (
          <div className="space-y-2">
            <p className="text-sm font-medium text-stone-700">{t("piecesPerSize")}</p>
            {composition.map((size) => (
              <div key={size.size} className="flex items-center justify-between">
                <span className="text-base font-semibold">{sizeText(td, size.size)}</span>
                <Stepper label={t("sizePieces", { size: sizeText(td, size.size) })} value={sizePieces[size.size] ?? 0} onChange={(value) => {
                    setSizePieces({ ...sizePieces, [size.size]: value });
                    setError(null);
                  }} />
              </div>
            ))}
          </div>
        ) : (
          <div className="flex items-center justify-between gap-3">
            <div>
              <p className="text-sm font-medium text-stone-700">{t("sets")}</p>
              <p className="text-xs text-stone-500">{compositionText(td, composition)}</p>
            </div>
            <Stepper
              label={t("setsStepper")}
              min={1}
              value={sets}
              onChange={(value) => {
                setSets(value);
                setError(null); // the message was about the old quantity
              }}
            />
          </div>
        )}
        <label className="flex flex-col gap-1 text-sm font-medium text-stone-700">
          {t("note")}
          <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} placeholder={t("notePlaceholder")} className="min-h-11 rounded-lg border border-stone-300 px-3 text-base" />
        </label>
        {error ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button type="button" onClick={() => void pick()} disabled={saving || pieces === 0} className="min-h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white disabled:bg-brand-600/50">
          {saving ? t("adding") : `${t("add", { pieces: piecesText(td, pieces) })}${design.pricePerPiecePaise ? ` · ${formatRupees(total)}` : ""}`}
        </button>
      </div>
    </BottomSheet>
  );
}
