import { DeskChatsPane } from "@/components/desk/DeskChatsPane";
import { DeskSplit } from "@/components/desk/DeskSplit";
import { ChatsIcon } from "@/components/ui/icons";

/** Chats on a desk: the list beside the open conversation (see DeskSplit); phones unchanged. */
export default function ChatsLayout({ children }: { children: React.ReactNode }) {
  return (
    <DeskSplit listPath="/chats" pane={<DeskChatsPane />} placeholder={<Waiting />}>
      {children}
    </DeskSplit>
  );
}

function Waiting() {
  return (
    <div className="flex max-w-xs flex-col items-center gap-3 text-center text-stone-600">
      <span className="text-brand-600" aria-hidden="true">
        <ChatsIcon />
      </span>
      <p className="text-base">Choose a chat to read and reply.</p>
    </div>
  );
}
