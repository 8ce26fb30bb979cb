import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CatalogIcon, ChatsIcon, OrdersIcon } from "./icons";

type Tab = "chats" | "catalog" | "orders";

const TABS: { tab: Tab; href: string; icon: ReactNode }[] = [
  { tab: "chats", href: "/chats", icon: <ChatsIcon /> },
  { tab: "catalog", href: "/catalog", icon: <CatalogIcon /> },
  { tab: "orders", href: "/orders", icon: <OrdersIcon /> },
];

/** The app's sections at the bottom, within the thumb's reach; the same three for both sides.
 * Members' Catalog is their business's designs; a buyer's, the designs posted to them. */
export function BottomNav({ current }: { current: Tab }) {
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("sections")} className="pb-safe sticky bottom-0 z-10 border-t border-stone-200 bg-white">
      <ul className="flex">
        {TABS.map((tab) => (
          <li key={tab.tab} className="flex-1">
            <Link
              href={tab.href}
              prefetch={false}
              aria-current={tab.tab === current ? "page" : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-semibold ${tab.tab === current ? "text-brand-700" : "text-stone-500"}`}
            >
              {tab.icon}
              {t(tab.tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
