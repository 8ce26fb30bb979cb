"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Stepper } from "@/components/picks/Stepper";
import { sendJson } from "@/components/ui/send-json";
import type { OrderLineView } from "@/lib/orders/get-order";

type Quantities = Record<string, { sets: number | null; sizePieces: Record<string, number> | null }>;

/** The supplier changes an open order's quantities (the buyer asked for one set less on the phone).
 * The change is an order event with before and after, and a line in the chat. */
export function EditLinesForm({ orderId, lines }: { orderId: string; lines: OrderLineView[] }) {
  const t = useTranslations("orders");
  const tCommon = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [quantities, setQuantities] = useState<Quantities>(() => Object.fromEntries(lines.map((l) => [l.id, { sets: l.sets, sizePieces: l.sizePieces }])));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (!editing) {
    return (
      <button type="button" onClick={() => setEditing(true)} className="mx-3 min-h-11 rounded-full px-4 text-sm font-semibold text-brand-800 ring-1 ring-brand-600/40">
        {t("detail.changeQuantities")}
      </button>
    );
  }

  const changed = lines.filter((l) => JSON.stringify(quantities[l.id]) !== JSON.stringify({ sets: l.sets, sizePieces: l.sizePieces }));

  async function save() {
    setSaving(true);
    setError(null);
    const body = { action: "edit", lines: changed.map((l) => ({ lineId: l.id, ...(l.sets !== null ? { sets: quantities[l.id]!.sets } : { sizePieces: quantities[l.id]!.sizePieces }) })) };
    const result = await sendJson(`/api/orders/${orderId}`, "POST", body, t("detail.notChanged"));
    setSaving(false);
    if (!result.ok) return setError(result.message);
    // The order's live event brings the new lines to the page (LiveOrderDetails).
    setEditing(false);
  }

  return (
    <div className="mx-3 space-y-3 rounded-2xl bg-white p-3 ring-1 ring-stone-200">
      <ul className="space-y-3" aria-label={t("detail.changeQuantities")}>
        {lines.map((line) => {
          const now = quantities[line.id]!;
          return (
            <li key={line.id} className="space-y-1">
              <p className="font-semibold">
                {line.code}
                {line.colour ? ` ${line.colour}` : ""}
              </p>
              {now.sets !== null ? (
                <Stepper label={t("detail.setsOf", { code: line.code })} min={1} value={now.sets} onChange={(sets) => setQuantities({ ...quantities, [line.id]: { ...now, sets } })} />
              ) : (
                Object.entries(now.sizePieces ?? {}).map(([size, pieces]) => (
                  <div key={size} className="flex items-center justify-between">
                    <span>{size}</span>
                    <Stepper label={t("detail.sizePiecesOf", { size, code: line.code })} value={pieces} onChange={(value) => setQuantities({ ...quantities, [line.id]: { ...now, sizePieces: { ...now.sizePieces, [size]: value } } })} />
                  </div>
                ))
              )}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="button" onClick={() => void save()} disabled={saving || !changed.length} className="min-h-11 flex-1 rounded-xl bg-brand-600 font-semibold text-white disabled:bg-brand-600/50">
          {saving ? t("form.saving") : t("detail.saveQuantities")}
        </button>
        <button type="button" onClick={() => setEditing(false)} className="min-h-11 rounded-xl px-4 font-semibold text-stone-700 ring-1 ring-stone-300">
          {tCommon("cancel")}
        </button>
      </div>
    </div>
  );
}
