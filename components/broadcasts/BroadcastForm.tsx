"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { sendBroadcastAction } from "@/app/broadcasts/actions";
import { ActionBarAboveTabs } from "@/components/ui/ActionBarAboveTabs";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import type { BusinessBuyer } from "@/lib/designs/list-business-buyers";
import { LABEL_CHIP, LABEL_DOT, type LabelColour } from "@/lib/labels/label-colours";

interface Props {
  businessId: string;
  /** Made when the page rendered: every try of this form sends the same id, so it sends once. */
  clientId: string;
  designIds: string[];
  buyers: BusinessBuyer[];
  /** The business's labels: a tap ticks every buyer carrying one. */
  labels: { id: string; name: string; colour: LabelColour; buyers: number }[];
}

const checkboxClass = "size-6 shrink-0 accent-brand-600";

export function BroadcastForm({ businessId, clientId, designIds, buyers, labels }: Props) {
  const t = useTranslations("broadcasts.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const all = buyers.length > 0 && chosen.length === buyers.length;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!chosen.length) {
      setError(t("chooseBuyer"));
      return;
    }
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await sendBroadcastAction({
      businessId,
      clientId: form.get("clientId"),
      designIds,
      // "All" stays all: a buyer who joins while this form is open gets the album too.
      buyerIds: all ? "all" : chosen,
      caption: form.get("caption"),
    });
    if (!result.ok) {
      setBusy(false);
      setError(result.message);
      return;
    }
    // Still busy while the status page loads: a second tap must not look like it did nothing.
    router.replace(`/broadcasts/${result.data.broadcastId}`);
  }

  const chooseLabel = (labelId: string) =>
    setChosen((current) => [...new Set([...current, ...buyers.filter((buyer) => buyer.labelIds.includes(labelId)).map((buyer) => buyer.buyerId)])]);
  const toggle = (buyerId: string) => setChosen((current) => (current.includes(buyerId) ? current.filter((id) => id !== buyerId) : [...current, buyerId]));

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col">
      <input type="hidden" name="clientId" value={clientId} />
      <div className="flex flex-col gap-2 px-4 pt-4">
        <label htmlFor="broadcast-caption" className="text-sm font-medium text-stone-700">
          {t("message")}
        </label>
        <textarea
          id="broadcast-caption"
          name="caption"
          rows={2}
          maxLength={4000}
          placeholder={t("messagePlaceholder")}
          className="block min-h-12 w-full resize-none rounded-xl border border-stone-300 bg-white px-4 py-3 text-base focus:ring-2 focus:ring-brand-500 focus:outline-none"
        />
      </div>
      <fieldset className="mt-5 flex-1">
        <legend className="px-4 text-sm font-medium text-stone-700">{t("sendTo")}</legend>
        {labels.some((label) => label.buyers > 0) ? (
          <div className="mt-2 flex flex-wrap items-center gap-2 px-4" role="group" aria-label={t("byLabel")}>
            {labels
              .filter((label) => label.buyers > 0)
              .map((label) => (
                <button
                  key={label.id}
                  type="button"
                  onClick={() => chooseLabel(label.id)}
                  aria-label={t("chooseLabel", { count: label.buyers, n: String(label.buyers), name: label.name })}
                  className={`inline-flex min-h-11 items-center gap-1.5 rounded-full px-3.5 text-sm font-medium ${LABEL_CHIP[label.colour]}`}
                >
                  <span aria-hidden className={`size-2.5 rounded-full ${LABEL_DOT[label.colour]}`} />+ {label.name} ({label.buyers})
                </button>
              ))}
          </div>
        ) : null}
        <ul className="mt-2 divide-y divide-stone-100 border-y border-stone-100">
          <li>
            <label className="flex min-h-14 items-center gap-3 px-4 font-semibold">
              <input type="checkbox" className={checkboxClass} checked={all} onChange={() => setChosen(all ? [] : buyers.map((b) => b.buyerId))} />
              {t("allBuyers", { count: String(buyers.length) })}
            </label>
          </li>
          {buyers.map((buyer) => (
            <li key={buyer.buyerId}>
              <label className="flex min-h-14 items-center gap-3 px-4">
                <input type="checkbox" className={checkboxClass} checked={chosen.includes(buyer.buyerId)} onChange={() => toggle(buyer.buyerId)} />
                <Avatar name={buyer.name} size="sm" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{buyer.name}</span>
                  {buyer.stopped ? <span className="block text-xs text-stone-600">{t("stopped")}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <ActionBarAboveTabs current="catalog">
        <div className="flex flex-col gap-2">
          <FormAlert message={error} />
          <Button type="submit" fullWidth busy={busy}>
            {all && buyers.length > 1 ? t("sendAll", { n: String(buyers.length) }) : chosen.length ? t("sendSome", { count: chosen.length, n: String(chosen.length) }) : tc("send")}
          </Button>
        </div>
      </ActionBarAboveTabs>
    </form>
  );
}
