import type { DesignDetails } from "@/lib/designs/design-views";
import { designPricePerPiece } from "@/lib/designs/design-price";
import { compositionLabel } from "@/lib/orders/quantity-labels";

/** "S:1 M:2 L:2 XL:1 = 6 pcs", or "" for a design posted without sizes. */
export function setLabel(design: Pick<DesignDetails, "setComposition">): string {
  return design.setComposition.length ? compositionLabel(design.setComposition) : "";
}

/** Code, price, set and colours: what a buyer needs to decide. */
export function DesignFacts({ design }: { design: DesignDetails }) {
  const set = setLabel(design);
  return (
    <div className="space-y-1 text-white">
      <p className="flex items-baseline justify-between gap-2">
        <span className="text-lg font-semibold">{design.code}</span>
        <span className="text-lg font-semibold">{designPricePerPiece(design.pricePerPiecePaise)}</span>
      </p>
      <p className="text-sm text-white/85">{design.title}</p>
      <p className="text-sm text-white/85">
        {design.soldLoose ? "Sold as loose pieces" : set ? `Set ${set}` : null}
        {design.minimumSets > 1 ? ` · min ${design.minimumSets} sets` : null}
      </p>
      {design.colours.length ? <p className="text-sm text-white/85">Colours: {design.colours.join(", ")}</p> : null}
    </div>
  );
}
