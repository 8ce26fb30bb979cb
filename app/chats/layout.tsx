import { DeskChatsPane } from "@/components/desk/DeskChatsPane";
import { DeskPlaceholder } from "@/components/desk/DeskPlaceholder";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { ChatsIcon } from "@/components/ui/icons";

/** Chats on a desk: the list beside the open conversation (see DeskSplit); phones unchanged. */
export default function ChatsLayout({ children }: { children: React.ReactNode }) {
  return (
    <DeskSplit listPath="/chats" pane={<DeskChatsPane />} placeholder={<DeskPlaceholder icon={<ChatsIcon />}>Choose a chat to read and reply.</DeskPlaceholder>}>
      {children}
    </DeskSplit>
  );
}
