import { useTranslations } from "next-intl";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import type { OrderView } from "@/lib/orders/get-order";

/** Transporter, lorry receipt (LR) number, parcels and the LR photo: what the buyer needs to
 * collect the goods. */
export function DispatchDetails({ dispatch }: { dispatch: NonNullable<OrderView["dispatch"]> }) {
  const t = useTranslations("orders.detail");
  const rows: Array<[string, string]> = [];
  if (dispatch.transporter) rows.push([t("transporter"), dispatch.transporter]);
  if (dispatch.lrNumber) rows.push([t("lrNumber"), dispatch.lrNumber]);
  if (dispatch.parcels !== null) rows.push([t("parcels"), String(dispatch.parcels)]);
  if (dispatch.ewayBillNumber) rows.push([t("ewayBill"), dispatch.ewayBillNumber]);
  const photo = dispatch.lrPhoto;
  const fullSize = photo?.screenJpeg ?? photo?.thumbJpeg;
  return (
    <div className="mx-3 space-y-3 rounded-2xl bg-stone-50 px-4 py-3 text-sm ring-1 ring-stone-200">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-stone-600">{label}</dt>
            <dd className="font-semibold break-all text-stone-900 select-all">{value}</dd>
          </div>
        ))}
      </dl>
      {photo && fullSize ? (
        <a href={`/photos/${fullSize}`} target="_blank" rel="noopener" className="block w-40" aria-label={t("lrPhotoFull")}>
          <DesignPhoto photo={photo} alt={t("lorryReceipt")} sizes="160px" className="h-auto w-40 rounded-lg" />
        </a>
      ) : null}
    </div>
  );
}
