"use client";
import { useLocale, useTranslations } from "next-intl";
import { Fragment, useMemo, type ReactNode } from "react";
import { formatDayLabel, indianDayNumber } from "@/lib/format-time";
import type { OtherSideProgress } from "@/lib/messages/list-messages";
import { FIRST_SCREEN_MESSAGES, newestAlbumOnFirstScreen } from "@/lib/messages/first-screen";
import type { MessageView } from "@/lib/messages/message-view";
import type { AlbumPriority } from "./DesignAlbum";
import { bubbleWordsOf, MessageBubble, type ReceiptState } from "./MessageBubble";
import { SystemLineText } from "./SystemLineText";

function SystemLine({ message }: { message: MessageView }) {
  return (
    <p className="mx-auto my-2 max-w-[85%] rounded-lg bg-amber-50 px-3 py-1.5 text-center text-xs text-stone-700 shadow-sm ring-1 ring-amber-100">
      <SystemLineText line={message.line} body={message.body} />
    </p>
  );
}

function DayLabel({ at }: { at: number }) {
  const locale = useLocale();
  return (
    <li className="my-2 text-center">
      <span className="rounded-full bg-white/90 px-3 py-1 text-xs font-medium text-stone-600 shadow-sm">{formatDayLabel(new Date(at), undefined, locale)}</span>
    </li>
  );
}

export function receiptOf(message: MessageView, otherSide: OtherSideProgress): ReceiptState | null {
  if (!message.mine) return null;
  if (otherSide.readSeq >= message.seq) return "read";
  return otherSide.deliveredSeq >= message.seq ? "delivered" : "sent";
}

interface MessageTimelineProps {
  messages: MessageView[];
  /** The person the chat's title names (the buyer, for the business's members): their messages
   * need no name above them. Null on the buyer's side, where a colleague sees the buyer's name. */
  titledAuthorId: string | null;
  otherSide: OtherSideProgress;
  /** Where the "unread messages" divider goes: before the first other-side message after this seq. */
  unreadAfterSeq: number | null;
  highlightId: string | null;
  onActions: (message: MessageView) => void;
  onOpenThread: (messageId: string) => void;
  onJumpTo: (messageId: string) => void;
  onOpenAlbum?: (message: MessageView, index: number) => void;
  renderExtra?: (message: MessageView) => ReactNode;
  label?: string;
  /** Prefix of each message element's id (the thread panel uses its own, ids stay unique). */
  idPrefix?: string;
}

/** Messages with a date separator at each new day (in India's time zone). Messages from the
 * business side carry the sender's name, so everyone knows which member wrote. */
export function MessageTimeline({ messages, titledAuthorId, otherSide, unreadAfterSeq, highlightId, onActions, onOpenThread, onJumpTo, onOpenAlbum, renderExtra, label, idPrefix = "m-" }: MessageTimelineProps) {
  const t = useTranslations("chat");
  const words = useMemo(() => bubbleWordsOf(t), [t]);
  // Times as milliseconds, each message's parsed once (no Date per clock and separator: lib/format-time.ts).
  const times = messages.map((message) => Date.parse(message.createdAt));
  const firstUnread = unreadAfterSeq === null ? undefined : messages.find((m) => m.seq > unreadAfterSeq && !m.mine);
  const unreadCount = firstUnread ? messages.filter((m) => m.seq >= firstUnread.seq && !m.mine).length : 0;
  const photoPriority = firstScreenPhotos(messages);
  return (
    <ol className="flex flex-col gap-1.5 px-3 py-3" aria-label={label ?? t("messages")}>
      {messages.map((message, index) => {
        const at = times[index]!;
        const newDay = index === 0 || indianDayNumber(times[index - 1]!) !== indianDayNumber(at);
        return (
          <Fragment key={message.id}>
            {newDay ? <DayLabel at={at} /> : null}
            {message === firstUnread ? (
              <li id="first-unread" className="my-2 scroll-mt-20 bg-white/70 py-1 text-center text-xs font-semibold text-brand-700">
                {t("unreadMessages", { count: unreadCount })}
              </li>
            ) : null}
            <li id={`${idPrefix}${message.id}`} data-seq={message.seq} data-mine={message.mine} className="scroll-mt-20 scroll-mb-28">
              {message.kind === "SYSTEM" ? (
                <SystemLine message={message} />
              ) : (
                <MessageBubble
                  message={message}
                  showAuthor={!message.mine && message.authorId !== titledAuthorId}
                  receipt={receiptOf(message, otherSide)}
                  highlighted={message.id === highlightId}
                  onActions={onActions}
                  onOpenThread={onOpenThread}
                  onJumpTo={onJumpTo}
                  onOpenAlbum={onOpenAlbum}
                  extra={renderExtra?.(message)}
                  photoPriority={photoPriority(message, index)}
                  t={t}
                  words={words}
                />
              )}
            </li>
          </Fragment>
        );
      })}
    </ol>
  );
}

/** The albums on the first screen (lib/messages/first-screen.ts) load with the page, the newest
 * one's first photo before other images; older ones wait until scrolled near. */
function firstScreenPhotos(messages: MessageView[]): (message: MessageView, index: number) => AlbumPriority {
  const newestAlbum = newestAlbumOnFirstScreen(messages);
  const firstOnScreen = messages.length - FIRST_SCREEN_MESSAGES;
  return (message, index) => (message === newestAlbum ? "high" : index >= firstOnScreen ? "eager" : "lazy");
}
