import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BottomBar } from "@/components/catalog/BottomBar";
import { BottomNav } from "./BottomNav";

/** A page's main action with the tab bar under it, sticking together: two separately sticky bars
 * would both pin to the bottom edge and cover each other. */
export function ActionBarAboveTabs({ children, current }: { children: ReactNode; current: "chats" | "catalog" | "orders" }) {
  const t = useTranslations("ui");
  return (
    <div className="sticky bottom-0 z-10">
      <BottomBar label={t("pageActions")}>{children}</BottomBar>
      <BottomNav current={current} />
    </div>
  );
}
