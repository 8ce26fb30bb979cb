import Link from "next/link";
import type { ReactNode } from "react";
import { CatalogIcon, ChatsIcon, OrdersIcon } from "./icons";

type Tab = "chats" | "catalog" | "orders";

const TABS: { tab: Tab; href: string; label: string; icon: ReactNode }[] = [
  { tab: "chats", href: "/chats", label: "Chats", icon: <ChatsIcon /> },
  { tab: "catalog", href: "/catalog", label: "Catalog", icon: <CatalogIcon /> },
  { tab: "orders", href: "/orders", label: "Orders", icon: <OrdersIcon /> },
];

/** The app's sections at the bottom, within the thumb's reach; the same three for both sides.
 * Members' Catalog is their business's designs; a buyer's, the designs posted to them. */
export function BottomNav({ current }: { current: Tab }) {
  return (
    <nav aria-label="Sections" className="pb-safe sticky bottom-0 z-10 border-t border-stone-200 bg-white">
      <ul className="flex">
        {TABS.map((t) => (
          <li key={t.tab} className="flex-1">
            <Link
              href={t.href}
              aria-current={t.tab === current ? "page" : undefined}
              className={`flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-semibold ${t.tab === current ? "text-brand-700" : "text-stone-500"}`}
            >
              {t.icon}
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
