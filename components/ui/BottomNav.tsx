import Link from "next/link";
import type { ReactNode } from "react";
import { CatalogIcon, ChatsIcon, OrdersIcon } from "./icons";

type Tab = "chats" | "catalog" | "orders";

const TABS: { tab: Tab; href: string; label: string; icon: ReactNode; membersOnly?: boolean }[] = [
  { tab: "chats", href: "/chats", label: "Chats", icon: <ChatsIcon /> },
  { tab: "catalog", href: "/catalog", label: "Catalog", icon: <CatalogIcon />, membersOnly: true },
  { tab: "orders", href: "/orders", label: "Orders", icon: <OrdersIcon /> },
];

/** The app's sections at the bottom, within the thumb's reach. Buyers have no catalog of their own:
 * they see designs in their chats. */
export function BottomNav({ current, isMember }: { current: Tab; isMember: boolean }) {
  return (
    <nav aria-label="Sections" className="pb-safe sticky bottom-0 z-10 border-t border-stone-200 bg-white">
      <ul className="flex">
        {TABS.filter((t) => isMember || !t.membersOnly).map((t) => (
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
