"use client";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { LiveConversationList } from "@/components/chat/LiveConversationList";
import { BottomNav } from "@/components/ui/BottomNav";
import type { ConversationRow } from "@/lib/conversations/list-conversations";
import { DeskPaneHeader, DeskPaneMessage } from "./DeskPaneHeader";
import { useDeskList } from "./use-desk-list";

interface ChatsJson {
  viewerId: string;
  rows: ConversationRow[];
}

const revive = (json: unknown): ChatsJson => {
  const data = json as ChatsJson;
  return { ...data, rows: data.rows.map((row) => ({ ...row, lastMessageAt: new Date(row.lastMessageAt) })) };
};

/** The chats list beside an open conversation on a desk, live like the home screen's. */
export function DeskChatsPaneBody() {
  const t = useTranslations("desk");
  const activeId = usePathname().split("/")[2];
  const { data, failed, reload } = useDeskList("/api/conversations", true, revive);
  return (
    <section aria-label={t("chats")} className="flex flex-1 flex-col">
      <DeskPaneHeader title={t("chats")} />
      <div className="flex-1">
        {data ? (
          <LiveConversationList rows={data.rows} viewerId={data.viewerId} searching={false} activeId={activeId} onReload={reload} empty={<DeskPaneMessage>{t("noChats")}</DeskPaneMessage>} />
        ) : (
          <DeskPaneMessage>{failed ? t("chatsFailed") : t("loadingChats")}</DeskPaneMessage>
        )}
      </div>
      <BottomNav current="chats" />
    </section>
  );
}
