import { Suspense } from "react";
import { DeskOrdersPane } from "@/components/desk/DeskOrdersPane";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { OrdersIcon } from "@/components/ui/icons";

/** Orders on a desk: the list beside the open order (see DeskSplit); the dashboard stands
 * alone; phones unchanged. */
export default function OrdersLayout({ children }: { children: React.ReactNode }) {
  return (
    <DeskSplit
      listPath="/orders"
      singlePanePaths={["/orders/dashboard"]}
      pane={
        // The pane reads the address's filters (useSearchParams).
        <Suspense>
          <DeskOrdersPane />
        </Suspense>
      }
      placeholder={<Waiting />}
    >
      {children}
    </DeskSplit>
  );
}

function Waiting() {
  return (
    <div className="flex max-w-xs flex-col items-center gap-3 text-center text-stone-600">
      <span className="text-brand-600" aria-hidden="true">
        <OrdersIcon />
      </span>
      <p className="text-base">Choose an order to see its lines, payments and dispatch.</p>
    </div>
  );
}
