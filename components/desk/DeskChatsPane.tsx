"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DeskPaneMessage } from "./DeskPaneHeader";
import { useIsDesk } from "./use-desk";

// A phone never shows this pane, so the list's code (its rows, live updates, navigation) loads
// only on a desk, after the first screen.
const Body = dynamic(() => import("./DeskChatsPaneBody").then((m) => m.DeskChatsPaneBody), {
  loading: () => <LoadingChats />,
});

function LoadingChats() {
  const t = useTranslations("desk");
  return <DeskPaneMessage>{t("loadingChats")}</DeskPaneMessage>;
}

/** The chats list beside an open conversation on a desk (DeskChatsPaneBody); nothing on a phone. */
export function DeskChatsPane() {
  return useIsDesk() ? <Body /> : null;
}
