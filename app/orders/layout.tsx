import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { DeskOrdersPane } from "@/components/desk/DeskOrdersPane";
import { DeskPlaceholder } from "@/components/desk/DeskPlaceholder";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { OrdersIcon } from "@/components/ui/icons";

/** Orders on a desk: the list beside the open order (see DeskSplit); the dashboard stands
 * alone; phones unchanged. */
export default function OrdersLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("orders");
  return (
    <DeskSplit
      listPath="/orders"
      singlePanePaths={["/orders/dashboard", "/orders/dues"]}
      pane={
        // The pane reads the address's filters (useSearchParams).
        <Suspense>
          <DeskOrdersPane />
        </Suspense>
      }
      placeholder={<DeskPlaceholder icon={<OrdersIcon />}>{t("deskPlaceholder")}</DeskPlaceholder>}
    >
      {children}
    </DeskSplit>
  );
}
