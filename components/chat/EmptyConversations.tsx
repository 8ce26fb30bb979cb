import Link from "next/link";
import { buttonClasses } from "@/components/ui/Button";
import { ChatIcon } from "@/components/ui/icons";

export function EmptyConversations({ canInvite, searching, labelled = false }: { canInvite: boolean; searching: boolean; labelled?: boolean }) {
  if (searching) return <p className="px-6 py-12 text-center text-stone-600">No conversation matches that name.</p>;
  if (labelled) return <p className="px-6 py-12 text-center text-stone-600">No buyer has this label yet. Choose buyers for it under Labels.</p>;
  return (
    <div className="flex flex-col items-center px-8 py-16 text-center">
      <span className="mb-4 text-brand-600">
        <ChatIcon />
      </span>
      <h2 className="text-lg font-semibold">No conversations yet</h2>
      <p className="mt-1 text-stone-600">
        {canInvite ? "Invite a buyer: send them the link on the app you already use, and their chat appears here." : "When a supplier invites you, your chat with them appears here."}
      </p>
      {canInvite ? (
        <Link href="/business/invites" className={`${buttonClasses("primary")} mt-6`}>
          Invite a buyer
        </Link>
      ) : null}
    </div>
  );
}
