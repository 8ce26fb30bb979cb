import { useTranslations } from "next-intl";
import type { DesignDetails } from "@/lib/designs/design-views";
import { compositionText, pricePerPieceText, type DesignsT } from "./design-text";
import { useDesignTitle } from "@/components/designs/use-design-title";

/** "S:1 M:2 L:2 XL:1 = 6 pcs", or "" for a design posted without sizes. */
export function setLabel(t: DesignsT, design: Pick<DesignDetails, "setComposition">): string {
  return design.setComposition.length ? compositionText(t, design.setComposition) : "";
}

/** Code, price, set and colours: what a buyer needs to decide. */
export function DesignFacts({ design }: { design: DesignDetails }) {
  const t = useTranslations("designs");
  const titleOf = useDesignTitle();
  const set = setLabel(t, design);
  return (
    <div className="space-y-1 text-white">
      <p className="flex items-baseline justify-between gap-2">
        <span className="text-lg font-semibold">{design.code}</span>
        <span className="text-lg font-semibold">{pricePerPieceText(t, design.pricePerPiecePaise)}</span>
      </p>
      <p className="text-sm text-white/85">{titleOf(design)}</p>
      <p className="text-sm text-white/85">
        {design.soldLoose ? t("soldLoose") : set ? t("setOf", { set }) : null}
        {design.minimumSets > 1 ? ` · ${t("minSets", { count: design.minimumSets })}` : null}
      </p>
      {design.colours.length ? <p className="text-sm text-white/85">{t("colours", { colours: design.colours.join(", ") })}</p> : null}
    </div>
  );
}
