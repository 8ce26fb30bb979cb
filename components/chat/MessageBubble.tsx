"use client";
import { useTranslations } from "next-intl";
import { useRef, type PointerEvent, type ReactNode } from "react";
import { formatClock } from "@/lib/format-time";
import type { MessageView, QuotedMessage } from "@/lib/messages/message-view";
import { DesignAlbum, type AlbumPriority } from "./DesignAlbum";
import { DocumentCard } from "./DocumentCard";
import { MessagePhotos } from "./MessagePhotos";
import { MessageText } from "./MessageText";
import { SystemLineText } from "./SystemLineText";

export type ReceiptState = "sent" | "delivered" | "read";

/** The chat's translator ("chat" messages), looked up once by the timeline for all its bubbles. */
export type ChatWords = ReturnType<typeof useTranslations<"chat">>;

/** The words every bubble shows the same, translated once per timeline rather than per bubble. */
export interface BubbleWords {
  messageActions: string;
  receipt: Record<ReceiptState, string>;
}

export function bubbleWordsOf(t: ChatWords): BubbleWords {
  return { messageActions: t("messageActions"), receipt: { sent: t("receipt.sent"), delivered: t("receipt.delivered"), read: t("receipt.read") } };
}

/** One grey tick: the server has it. Two grey: it reached the other side's phone. Two blue: read.
 * role="img" so screen readers say the word, not "check mark check mark" (an aria-label on a
 * plain span is ignored by most of them). */
function Receipt({ state, word }: { state: ReceiptState; word: string }) {
  return (
    <span role="img" aria-label={word} title={word} className={`font-bold ${state === "sent" ? "" : "tracking-[-0.3em]"} ${state === "read" ? "text-sky-700" : ""}`}>
      {state === "sent" ? "✓" : "✓✓"}
    </span>
  );
}

/** `t`: the chat's translator, from whoever shows the quote (a bubble gets it from its timeline). */
export function Quote({ quoted, onClick, t }: { quoted: QuotedMessage; onClick?: () => void; t: ChatWords }) {
  const thumb = quoted.thumb;
  // The name starts with what the button shows, so voice control ("click Owner") finds it.
  const author = quoted.authorName ?? "Chatalog";
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={t("quoteLabel", { author, snippet: quoted.snippet })}
      className="mb-1 flex w-full min-w-0 items-stretch gap-2 overflow-hidden rounded-lg border-l-4 border-brand-600 bg-black/5 text-left"
    >
      <span className="min-w-0 flex-1 px-2 py-1">
        <span className="block truncate text-xs font-semibold text-brand-700">{author}</span>
        {/* The space keeps "Owner" and the snippet two words, as in the button's name (axe: label-content-name-mismatch). */}{" "}
        <span className="line-clamp-2 text-[13px] text-stone-700">{quoted.snippet}</span>
      </span>
      {/* WebP where there is one, and lazy: a quote's thumbnail is small and never what the first screen waits for. */}
      {thumb?.thumbJpeg ? (
        <picture className="shrink-0">
          {thumb.thumbWebp ? <source srcSet={`/photos/${thumb.thumbWebp}`} type="image/webp" /> : null}
          <img src={`/photos/${thumb.thumbJpeg}`} alt="" width={48} height={64} loading="lazy" decoding="async" className="h-14 w-11 object-cover" />
        </picture>
      ) : null}
    </button>
  );
}

const LONG_PRESS_MS = 450;

interface BubbleProps {
  message: MessageView;
  showAuthor: boolean;
  receipt: ReceiptState | null;
  highlighted: boolean;
  onActions: (message: MessageView) => void;
  onOpenThread: (messageId: string) => void;
  onJumpTo: (messageId: string) => void;
  onOpenAlbum?: (message: MessageView, index: number) => void;
  /** Order actions under an order card, and the like: decided by the conversation, not the bubble. */
  extra?: ReactNode;
  /** How soon its album's photos load (MessageTimeline knows which are on the first screen). */
  photoPriority?: AlbumPriority;
  /** From the timeline: a translator per bubble (and per tick) was a fifth of a chat page's
   * server render of its messages, and as much again when the phone hydrates them. */
  t: ChatWords;
  words: BubbleWords;
}

/** A message bubble. Long-press (or right-click) opens its actions: reply, thread, copy. */
export function MessageBubble({ message, showAuthor, receipt, highlighted, onActions, onOpenThread, onJumpTo, onOpenAlbum, extra, photoPriority, t, words }: BubbleProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPress = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const startPress = (event: PointerEvent) => {
    if (event.pointerType === "mouse") return; // mice have a right button (contextmenu below)
    cancelPress();
    timer.current = setTimeout(() => onActions(message), LONG_PRESS_MS);
  };

  return (
    <div className={`flex flex-col ${message.mine ? "items-end" : "items-start"}`}>
      <div
        onPointerDown={startPress}
        onPointerUp={cancelPress}
        onPointerLeave={cancelPress}
        onPointerCancel={cancelPress}
        onContextMenu={(event) => {
          event.preventDefault();
          cancelPress();
          onActions(message);
        }}
        className={`max-w-[80%] touch-manipulation rounded-2xl px-3 py-2 shadow-sm transition-colors select-none [-webkit-touch-callout:none] sm:select-text ${message.mine ? "rounded-br-md bg-bubble-own" : "rounded-bl-md bg-white"} ${highlighted ? "ring-4 ring-amber-300" : ""}`}
      >
        {showAuthor && message.authorName ? <p className="mb-0.5 text-xs font-semibold text-brand-700">{message.authorName}</p> : null}
        {/* Long-press has no keyboard: this button is the same menu for keyboards and screen readers. */}
        <button type="button" onClick={() => onActions(message)} className="sr-only focus:not-sr-only focus:mb-1 focus:inline-block focus:rounded focus:bg-white focus:px-2 focus:text-sm focus:text-brand-800">
          {words.messageActions}
        </button>
        {message.parent ? <Quote quoted={message.parent} onClick={() => onJumpTo(message.parent!.id)} t={t} /> : null}
        {message.designs.length ? (
          <div className="-mx-1 mb-1 w-64 max-w-full">
            <DesignAlbum designs={message.designs} priority={photoPriority} onOpen={onOpenAlbum ? (index) => onOpenAlbum(message, index) : undefined} />
          </div>
        ) : null}
        {message.photos.length ? <MessagePhotos photos={message.photos} /> : null}
        {message.document ? <DocumentCard document={message.document} /> : null}
        {message.kind === "PICK" ? <p className="text-[11px] font-bold tracking-wide text-brand-700 uppercase">{message.pick?.status === "ORDERED" ? t("pickedOrdered") : t("pick")}</p> : null}
        {message.line ? (
          <p className="text-[15px] leading-snug break-words whitespace-pre-wrap text-stone-900">
            <SystemLineText line={message.line} body={message.body} />
          </p>
        ) : message.body ? (
          <MessageText text={message.body} />
        ) : null}
        {extra}
        {/* stone-600: stone-500 on the own bubble's green is 4.31:1, under the 4.5:1 small text needs. */}
        <p className="mt-0.5 flex items-center justify-end gap-1 text-[11px] text-stone-600">
          {formatClock(Date.parse(message.createdAt))}
          {receipt ? <Receipt state={receipt} word={words.receipt[receipt]} /> : null}
        </p>
      </div>
      {message.replyCount > 0 ? (
        <button type="button" onClick={() => onOpenThread(message.id)} className="mt-0.5 min-h-9 rounded-full px-3 text-sm font-semibold text-brand-700 hover:bg-white/60">
          {t("replies", { count: message.replyCount })}
        </button>
      ) : null}
    </div>
  );
}
