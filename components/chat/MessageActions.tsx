"use client";
import type { MessageView } from "@/lib/messages/message-view";
import { BottomSheet } from "./BottomSheet";

const itemClass = "flex min-h-14 w-full items-center px-5 text-left text-base text-stone-900 hover:bg-stone-100 active:bg-stone-200";

/** What can be done with a message: reply to it, open its thread, copy its text. */
export function MessageActions({ message, onReply, onOpenThread, onClose }: { message: MessageView; onReply: () => void; onOpenThread: () => void; onClose: () => void }) {
  return (
    <BottomSheet label="Message actions" onClose={onClose}>
      <ul className="py-2">
        <li>
          <button type="button" className={itemClass} onClick={onReply}>
            Reply
          </button>
        </li>
        <li>
          <button type="button" className={itemClass} onClick={onOpenThread}>
            {message.replyCount ? `View thread (${message.replyCount})` : "Open thread"}
          </button>
        </li>
        {message.body ? (
          <li>
            <button
              type="button"
              className={itemClass}
              onClick={() => {
                void navigator.clipboard?.writeText(message.body ?? "");
                onClose();
              }}
            >
              Copy text
            </button>
          </li>
        ) : null}
        <li>
          <button type="button" className={`${itemClass} text-stone-600`} onClick={onClose}>
            Cancel
          </button>
        </li>
      </ul>
    </BottomSheet>
  );
}
