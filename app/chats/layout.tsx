import { useTranslations } from "next-intl";
import { DeskChatsPane } from "@/components/desk/DeskChatsPane";
import { DeskPlaceholder } from "@/components/desk/DeskPlaceholder";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { ChatsIcon } from "@/components/ui/icons";
import { ClientMessages } from "@/components/i18n/ClientMessages";

/** Chats on a desk: the list beside the open conversation (see DeskSplit); phones unchanged. */
export default function ChatsLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("desk");
  return (
    <ClientMessages namespaces={["chat", "desk", "nav", "system"]}>
      <DeskSplit listPath="/chats" pane={<DeskChatsPane />} placeholder={<DeskPlaceholder icon={<ChatsIcon />}>{t("chooseChat")}</DeskPlaceholder>}>
        {children}
      </DeskSplit>
    </ClientMessages>
  );
}
