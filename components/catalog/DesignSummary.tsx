import { useTranslations } from "next-intl";
import { setLabel } from "@/components/designs/DesignFacts";
import { pricePerPieceText, setsText } from "@/components/designs/design-text";
import type { DesignDetails } from "@/lib/designs/design-views";
import { useDesignTitle } from "@/components/designs/use-design-title";

/** Code, price, set, colours and minimum: what a buyer needs to decide, in the page's colours. */
export function DesignSummary({ design }: { design: DesignDetails }) {
  const t = useTranslations("catalog.summary");
  const td = useTranslations("designs");
  const titleOf = useDesignTitle();
  const set = setLabel(td, design);
  const rows: { term: string; value: string }[] = [
    { term: t("set"), value: design.soldLoose ? td("soldLoose") : set || t("askInChat") },
    { term: t("colours"), value: design.colours.length ? design.colours.join(", ") : t("askInChat") },
    { term: t("minimum"), value: setsText(td, design.minimumSets) },
  ];
  return (
    <section aria-label={t("label")} className="px-4 pt-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-2xl font-bold tracking-tight">{design.code}</h2>
        <p className="text-lg font-semibold text-brand-700">{pricePerPieceText(td, design.pricePerPiecePaise)}</p>
      </div>
      <p className="mt-0.5 text-base text-stone-700">{titleOf(design)}</p>
      {design.archived ? (
        <p className="mt-2 inline-block rounded-full bg-stone-200 px-3 py-1 text-xs font-semibold text-stone-700">{t("archived")}</p>
      ) : null}
      {design.description ? <p className="mt-2 text-sm whitespace-pre-line text-stone-600">{design.description}</p> : null}
      <dl className="mt-3 divide-y divide-stone-100 rounded-xl bg-stone-50 px-4 ring-1 ring-stone-200">
        {rows.map((row) => (
          <div key={row.term} className="flex min-h-11 items-center justify-between gap-4 py-2">
            <dt className="text-sm text-stone-500">{row.term}</dt>
            <dd className="text-right text-sm font-medium text-stone-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
