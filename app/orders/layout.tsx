import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { DeskOrdersPane } from "@/components/desk/DeskOrdersPane";
import { DeskPlaceholder } from "@/components/desk/DeskPlaceholder";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { OrdersIcon } from "@/components/ui/icons";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/** Orders on a desk: the list beside the open order (see DeskSplit); the dashboard stands
 * alone; phones unchanged. */
export default function OrdersLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("orders");
  return (
    <ClientMessages namespaces={["desk", "nav", "orders", "status"]}>
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
    </ClientMessages>
  );
}
