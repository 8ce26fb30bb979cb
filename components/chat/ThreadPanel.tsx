"use client";
import { useTranslations } from "next-intl";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { useEscape } from "@/components/ui/use-escape";
import { useEffect, useState } from "react";
import { subscribeLiveEvents } from "@/components/realtime/live-events";
import type { OtherSideProgress } from "@/lib/messages/list-messages";
import type { MessageView } from "@/lib/messages/message-view";
import type { OutboxItem } from "@/lib/messages/outbox";
import { countsAsReply } from "@/lib/messages/reply-rules";
import { Composer } from "./Composer";
import { fetchMessagePage } from "./message-api";
import { MessageTimeline } from "./MessageTimeline";
import { mergeMessages } from "./use-timeline";
import { PendingMessages } from "./PendingMessages";

interface ThreadPanelProps {
  conversationId: string;
  rootId: string;
  /** See MessageTimeline. */
  titledAuthorId: string | null;
  otherSide: OtherSideProgress;
  pending: OutboxItem[];
  onSend: (text: string, parentId: string) => void;
  onRetry: (clientId: string) => void;
  onClose: () => void;
}

/** One message and its replies, over the conversation: how a buyer talks about one design. */
export function ThreadPanel({ conversationId, rootId, titledAuthorId, otherSide, pending, onSend, onRetry, onClose }: ThreadPanelProps) {
  const t = useTranslations("chat");
  const tc = useTranslations("common");
  const [messages, setMessages] = useState<MessageView[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () =>
      fetchMessagePage(conversationId, { threadOf: rootId }).then(
        (page) => {
          setMessages(page.messages);
          setFailed(false);
        },
        () => setFailed(true),
      );
    void load();
    return subscribeLiveEvents((event) => {
      if ((event.type !== "message.posted" && event.type !== "message.updated") || event.conversationId !== conversationId) return;
      const { message } = event;
      // Events without the message (a replay) send us back to the server.
      if (!message) return void load();
      if (message.id !== rootId && (message.parent?.id !== rootId || !countsAsReply(message.kind))) return;
      setMessages((now) => (now ? mergeMessages(now.filter((m) => m.id !== message.id), [message]) : now));
    });
  }, [conversationId, rootId]);

  useEscape(onClose);
  const { dialogRef, trapTab } = useDialogFocus<HTMLDivElement>();

  const shown = new Set(messages?.flatMap((m) => (m.clientId ? [m.clientId] : [])));
  const jumpTo = (id: string) => document.getElementById(`t-${id}`)?.scrollIntoView({ block: "center", behavior: "smooth" });

  return (
    <div ref={dialogRef} tabIndex={-1} onKeyDown={trapTab} role="dialog" aria-modal="true" aria-label={t("thread")} className="fixed inset-0 z-30 flex flex-col bg-chat outline-none lg:left-auto lg:w-[28rem] lg:border-l lg:border-stone-300 lg:shadow-2xl">
      {/* A div, not a header: inside a dialog a header would be a second page banner (axe: landmark-no-duplicate-banner). */}
      <div className="pt-safe flex min-h-14 items-center gap-2 bg-brand-700 px-2 text-white shadow-sm">
        <button type="button" onClick={onClose} aria-label={t("closeThread")} className="inline-flex size-12 items-center justify-center rounded-full text-2xl hover:bg-white/10">
          ×
        </button>
        <div className="min-w-0 flex-1">
          <h2 className="text-lg leading-tight font-semibold">{t("thread")}</h2>
          {messages ? <p className="text-xs text-white/80">{t("replies", { count: messages.length - 1 })}</p> : null}
        </div>
      </div>
      <div className="flex-1 overflow-y-auto overscroll-contain">
        {failed ? <p className="p-6 text-center text-stone-700">{t("threadFailed")}</p> : null}
        {messages ? (
          <MessageTimeline
              idPrefix="t-"
              label={t("threadMessages")}
              // Inside a thread every reply answers the first message: no quotes, no counts.
              messages={messages.map((m) => ({ ...m, parent: null, replyCount: 0 }))}
              titledAuthorId={titledAuthorId}
              otherSide={otherSide}
              unreadAfterSeq={null}
              highlightId={null}
              onActions={() => {}}
              onOpenThread={() => {}}
              onJumpTo={jumpTo}
            />
        ) : !failed ? (
          <p className="p-6 text-center text-stone-600">{tc("loading")}</p>
        ) : null}
        <PendingMessages items={pending.filter((item) => item.parentId === rootId && !shown.has(item.clientId))} onRetry={onRetry} />
      </div>
      <Composer fieldId="thread-composer" placeholder={t("replyInThread")} formLabel={t("writeInThread")} onSend={(text) => onSend(text, rootId)} />
    </div>
  );
}
