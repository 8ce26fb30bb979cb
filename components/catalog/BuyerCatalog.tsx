import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SupplierDesigns } from "@/lib/designs/list-buyer-catalog";
import { DesignGrid } from "./DesignGrid";
import { DesignTileLink, firstScreenAt } from "./DesignTile";

/** A buyer's catalog: one section per supplier with the designs posted to this buyer. */
export function BuyerCatalog({ suppliers }: { suppliers: SupplierDesigns[] }) {
  const t = useTranslations("catalog");
  if (!suppliers.length) {
    return (
      <div className="flex flex-col items-center px-8 py-16 text-center">
        <h2 className="text-lg font-semibold">{t("noDesigns")}</h2>
        <p className="mt-1 text-stone-600">{t("buyerEmpty")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6 pt-3 pb-6">
      {suppliers.map((supplier, section) => (
        <section key={supplier.businessId} aria-labelledby={`supplier-${supplier.businessId}`}>
          <div className="flex items-baseline justify-between gap-2 px-4 pb-2">
            <h2 id={`supplier-${supplier.businessId}`} className="truncate text-base font-semibold text-stone-900">
              {supplier.businessName}
            </h2>
            <Link prefetch={false} href={`/chats/${supplier.conversationId}`} className="-my-3 inline-flex min-h-11 shrink-0 items-center px-1 text-sm font-semibold text-brand-700">
              {t("openChat")}
            </Link>
          </div>
          <DesignGrid label={t("designs")}>
            {supplier.designs.map((design, index) => (
              <li key={design.id}>
                {/* The first supplier's first rows are the first screen. */}
                <DesignTileLink design={design} href={`/catalog/${design.id}`} first={section === 0 ? firstScreenAt(index) : undefined} />
              </li>
            ))}
          </DesignGrid>
        </section>
      ))}
    </div>
  );
}
