import { useTranslations } from "next-intl";

// Two side by side on a phone: the shared button's padding would wrap "(CSV)" onto a second line.
const linkClasses =
  "inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-50 px-2 text-sm font-semibold whitespace-nowrap text-brand-700 ring-1 ring-brand-100 hover:bg-brand-100 active:bg-brand-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** Plain links, not next/link: the route answers with a file, not a page. */
export function ExportLinks({ queryString }: { queryString: string }) {
  const t = useTranslations("orders.list");
  const href = (kind: "orders" | "lines") => `/orders/export?kind=${kind}${queryString ? `&${queryString}` : ""}`;
  return (
    <div className="grid grid-cols-2 gap-2 px-3 pt-2">
      <a href={href("orders")} download className={linkClasses}>
        {t("exportOrders")}
      </a>
      <a href={href("lines")} download className={linkClasses}>
        {t("exportLines")}
      </a>
    </div>
  );
}
