"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { saveLabelAction } from "@/app/business/labels/actions";
import { Button } from "@/components/ui/Button";
import { FormAlert } from "@/components/ui/FormAlert";
import { TextField } from "@/components/ui/TextField";
import { useHydrated } from "@/components/ui/use-hydrated";
import { LABEL_COLOURS, LABEL_DOT, type LabelColour } from "@/lib/labels/label-colours";

interface Props {
  businessId: string;
  /** The label being renamed or recoloured; none to add one. */
  label?: { id: string; name: string; colour: LabelColour };
}

/** A label's name and colour: adds one, or changes the one given. */
export function LabelForm({ businessId, label }: Props) {
  const t = useTranslations("labels");
  const tc = useTranslations("common");
  const hydrated = useHydrated();
  const router = useRouter();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const formElement = event.currentTarget;
    const form = Object.fromEntries(new FormData(formElement)) as Record<string, string>;
    setBusy(true);
    setResult(null);
    setFields({});
    const answer = await saveLabelAction({ businessId, id: label?.id, name: form.name, colour: form.colour });
    setBusy(false);
    if (!answer.ok) {
      setFields(answer.fields ?? {});
      setResult(answer.fields?.name || answer.fields?.colour ? null : { tone: "error", message: answer.message });
      return;
    }
    if (!label) formElement.reset();
    setResult({ tone: "success", message: label ? t("saved") : t("added", { name: answer.data.name }) });
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl bg-stone-50 p-3 ring-1 ring-stone-200">
      <h2 id={headingId} className="text-lg font-semibold">
        {label ? t("nameAndColour") : t("add")}
      </h2>
      <FormAlert tone={result?.tone} message={result?.message} />
      <TextField label={t("name")} name="name" defaultValue={label?.name} maxLength={30} autoComplete="off" placeholder="VIP" error={fields.name} hint={t("nameHint")} />
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-stone-700">{t("colour")}</legend>
        <div className="flex flex-wrap gap-1">
          {LABEL_COLOURS.map((colour, index) => (
            <label key={colour} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full px-3 ring-1 ring-stone-200 has-checked:bg-white has-checked:ring-2 has-checked:ring-brand-600">
              <input type="radio" name="colour" value={colour} defaultChecked={label ? label.colour === colour : index === 0} className="sr-only" />
              <span aria-hidden className={`size-4 rounded-full ${LABEL_DOT[colour]}`} />
              <span className="text-sm capitalize">{t(`colours.${colour}`)}</span>
            </label>
          ))}
        </div>
        {fields.colour ? <p className="mt-1.5 text-sm text-red-700">{fields.colour}</p> : null}
      </fieldset>
      <Button type="submit" busy={busy} disabled={!hydrated} fullWidth>
        {label ? tc("save") : t("addLabel")}
      </Button>
    </form>
  );
}
