"use client";
import { useTranslations } from "next-intl";
import type { MessageView } from "@/lib/messages/message-view";
import { BottomSheet } from "./BottomSheet";

const itemClass = "flex min-h-14 w-full items-center px-5 text-left text-base text-stone-900 hover:bg-stone-100 active:bg-stone-200";

interface MessageActionsProps {
  message: MessageView;
  onReply: () => void;
  onOpenThread: () => void;
  /** For a buyer, on the supplier's design posts: reply STOP to their broadcasts. */
  onStopDesigns?: () => void;
  onClose: () => void;
}

/** What can be done with a message: reply to it, open its thread, copy its text; on a supplier's
 * album, a buyer can stop their broadcasts (it sends STOP, as the messaging apps' buyers do). */
export function MessageActions({ message, onReply, onOpenThread, onStopDesigns, onClose }: MessageActionsProps) {
  const t = useTranslations("chat");
  const tc = useTranslations("common");
  return (
    <BottomSheet label={t("messageActions")} onClose={onClose}>
      <ul className="py-2">
        <li>
          <button type="button" className={itemClass} onClick={onReply}>
            {t("reply")}
          </button>
        </li>
        <li>
          <button type="button" className={itemClass} onClick={onOpenThread}>
            {message.replyCount ? t("viewThread", { count: message.replyCount }) : t("openThread")}
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
              {t("copyText")}
            </button>
          </li>
        ) : null}
        {onStopDesigns && message.kind === "DESIGN_POST" && !message.mine ? (
          <li>
            <button type="button" className={itemClass} onClick={onStopDesigns}>
              {t("stopDesigns")}
            </button>
          </li>
        ) : null}
        <li>
          <button type="button" className={`${itemClass} text-stone-600`} onClick={onClose}>
            {tc("cancel")}
          </button>
        </li>
      </ul>
    </BottomSheet>
  );
}
