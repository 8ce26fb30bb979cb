import type { OrderView } from "@/lib/orders/get-order";

/** Transporter, lorry receipt (LR) number and parcels: what the buyer needs to collect the goods. */
export function DispatchDetails({ dispatch }: { dispatch: NonNullable<OrderView["dispatch"]> }) {
  const rows: Array<[string, string]> = [];
  if (dispatch.transporter) rows.push(["Transporter", dispatch.transporter]);
  if (dispatch.lrNumber) rows.push(["LR number", dispatch.lrNumber]);
  if (dispatch.parcels !== null) rows.push(["Parcels", String(dispatch.parcels)]);
  if (dispatch.lrPhotoId) rows.push(["LR photo", "Attached"]);
  return (
    <dl className="mx-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-2xl bg-stone-50 px-4 py-3 text-sm ring-1 ring-stone-200">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-600">{label}</dt>
          <dd className="font-semibold break-all text-stone-900 select-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
