"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DeskPaneMessage } from "./DeskPaneHeader";
import { useIsDesk } from "./use-desk";

// A phone never shows this pane, so the list's code (its rows, live updates, navigation) loads
// only on a desk, after the first screen.
const Body = dynamic(() => import("./DeskOrdersPaneBody").then((m) => m.DeskOrdersPaneBody), {
  loading: () => <LoadingOrders />,
});

function LoadingOrders() {
  const t = useTranslations("desk");
  return <DeskPaneMessage>{t("loadingOrders")}</DeskPaneMessage>;
}

/** The orders list beside an open order on a desk (DeskOrdersPaneBody); nothing on a phone. */
export function DeskOrdersPane() {
  return useIsDesk() ? <Body /> : null;
}
