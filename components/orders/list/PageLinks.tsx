import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/Button";

/** "Load more" moves the page's cursor in the address (keyset: the next page starts below the
 * last number shown), so Back, reload and shared links all land on the same orders. */
export function LoadMoreLink({ href }: { href: string }) {
  const t = useTranslations("orders.list");
  return (
    <div className="px-3 py-4">
      <Link prefetch={false} href={href} className={buttonClasses("secondary", true)}>
        {t("loadMore")}
      </Link>
    </div>
  );
}

export function OlderPageNotice({ newestHref }: { newestHref: string }) {
  const t = useTranslations("orders.list");
  return (
    <p className="flex min-h-11 items-center justify-between gap-2 px-4 text-sm text-stone-600">
      {t("showingOlder")}
      <Link prefetch={false} href={newestHref} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
        {t("backToNewest")}
      </Link>
    </p>
  );
}

export function EmptyOrders({ filtered, clearHref, hint }: { filtered: boolean; clearHref?: string; hint: string }) {
  const t = useTranslations("orders.list");
  return (
    <div className="px-6 py-12 text-center text-stone-600">
      <p className="text-base font-semibold text-stone-800">{filtered ? t("noMatch") : t("noOrders")}</p>
      {filtered && clearHref ? (
        <Link prefetch={false} href={clearHref} className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("clearTheFilters")}
        </Link>
      ) : (
        <p className="mt-2 text-sm">{hint}</p>
      )}
    </div>
  );
}
