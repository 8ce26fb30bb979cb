import { useTranslations } from "next-intl";
import type { OrderLineView } from "@/lib/orders/get-order";
import { designPrice } from "@/lib/designs/design-price";
import { formatRupees } from "@/lib/money";
import { quantityText } from "./format";
import { useDesignTitle } from "@/components/designs/use-design-title";

/** The lines as a list, not a table: a table of six columns does not fit a phone. */
export function OrderLines({ lines }: { lines: OrderLineView[] }) {
  const t = useTranslations("orders");
  const titleOf = useDesignTitle();
  return (
    <ul aria-label={t("detail.linesLabel")} className="divide-y divide-stone-100">
      {lines.map((line) => (
        <li key={line.id} className="px-4 py-3">
          <div className="flex items-baseline justify-between gap-3">
            <p className="min-w-0">
              <span className="font-bold text-stone-900">{line.code}</span>
              {line.colour ? <span className="ml-1.5 text-stone-800">{line.colour}</span> : null}
            </p>
            <p className="shrink-0 font-semibold text-stone-900">{designPrice(line.totalPaise)}</p>
          </div>
          <p className="truncate text-sm text-stone-600">{titleOf(line)}</p>
          <p className="mt-0.5 text-sm text-stone-700">
            {quantityText(t, line)}
            {line.pricePerPiecePaise ? ` ${t("detail.perPiece", { price: formatRupees(line.pricePerPiecePaise) })}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
