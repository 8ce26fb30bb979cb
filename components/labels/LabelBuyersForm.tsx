"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { deleteLabelAction, setLabelBuyersAction } from "@/app/business/labels/actions";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { useHydrated } from "@/components/ui/use-hydrated";

interface Props {
  businessId: string;
  labelId: string;
  labelName: string;
  buyers: { conversationId: string; name: string }[];
  /** Conversations carrying the label now. */
  labelled: string[];
}

const checkboxClass = "size-5 shrink-0 accent-brand-600";

/** Which buyers carry the label: tick several, Save once. Saving the list as it stands twice
 * changes nothing the second time; Remove takes the label off everyone and deletes it. */
export function LabelBuyersForm({ businessId, labelId, labelName, buyers, labelled }: Props) {
  const t = useTranslations("labels");
  const hydrated = useHydrated();
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(labelled);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((other) => other !== id) : [...now, id]));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setResult(null);
    const answer = await setLabelBuyersAction({ businessId, labelId, conversationIds: chosen });
    setBusy(false);
    if (!answer.ok) return setResult({ tone: "error", message: answer.message });
    setResult({ tone: "success", message: t("savedBuyers", { label: labelName, count: chosen.length, n: String(chosen.length) }) });
    router.refresh();
  }

  async function remove() {
    if (busy || !window.confirm(t("confirmDelete", { name: labelName }))) return;
    setBusy(true);
    const answer = await deleteLabelAction({ businessId, labelId });
    setBusy(false);
    if (!answer.ok && answer.code !== "NOT_FOUND") return setResult({ tone: "error", message: answer.message });
    router.push("/business/labels");
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">{t("buyersWith")}</legend>
        {buyers.length ? (
          <ul className="flex flex-col divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
            {buyers.map((buyer) => (
              <li key={buyer.conversationId}>
                <label className="flex min-h-14 items-center gap-3 px-4">
                  <input type="checkbox" className={checkboxClass} checked={chosen.includes(buyer.conversationId)} onChange={() => toggle(buyer.conversationId)} />
                  <Avatar name={buyer.name} size="sm" />
                  <span className="min-w-0 flex-1 truncate">{buyer.name}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{t("noBuyers")}</p>
        )}
      </fieldset>
      <FormAlert tone={result?.tone} message={result?.message} />
      <Button type="submit" busy={busy} disabled={!hydrated} fullWidth>
        {t("saveBuyers", { n: String(chosen.length) })}
      </Button>
      <Button type="button" variant="danger" disabled={!hydrated || busy} onClick={() => void remove()}>
        {t("delete")}
      </Button>
    </form>
  );
}
